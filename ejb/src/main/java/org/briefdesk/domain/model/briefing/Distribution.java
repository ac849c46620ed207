package org.briefdesk.domain.model.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * The distribution block (版记) printed at the end of an issue: 报 (to leaders), 送 (to member units),
 * 发 (to all units), an optional 本期增发 line and the print count (共印N份).
 */
@Embeddable
public class Distribution implements Serializable {

    public static final int LINE_MAX = 200;
    public static final int PRINT_COUNT_MAX = 100_000;

    @Column(name = "report_to", length = LINE_MAX)
    private String reportTo;

    @Column(name = "send_to", length = LINE_MAX)
    private String sendTo;

    @Column(name = "distribute_to", length = LINE_MAX)
    private String distributeTo;

    @Column(name = "print_count", nullable = false)
    private int printCount;

    protected Distribution() {}

    public Distribution(String reportTo, String sendTo, String distributeTo, int printCount) {
        this.reportTo = Text.optionalLine(reportTo, "reportTo", "报送范围（报）", LINE_MAX);
        this.sendTo = Text.optionalLine(sendTo, "sendTo", "报送范围（送）", LINE_MAX);
        this.distributeTo = Text.optionalLine(distributeTo, "distributeTo", "报送范围（发）", LINE_MAX);
        if (printCount < 1 || printCount > PRINT_COUNT_MAX) {
            throw new BusinessRuleViolation("printCount", "印数应在1到" + PRINT_COUNT_MAX + "份之间");
        }
        this.printCount = printCount;
    }

    /** The work plan's usual block. */
    public static Distribution standard() {
        return new Distribution("区委、区人大、区政府、区政协领导", "区创建办各成员单位", "各工委、各部门、各街道、乡镇", 80);
    }

    public String getReportTo() {
        return reportTo;
    }

    public String getSendTo() {
        return sendTo;
    }

    public String getDistributeTo() {
        return distributeTo;
    }

    public int getPrintCount() {
        return printCount;
    }
}
