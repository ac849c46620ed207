package org.briefdesk.interfaces.web.briefing;

import java.io.Serializable;
import org.briefdesk.domain.model.briefing.Distribution;

/**
 * The distribution block (报/送/发 and 印数) as a form, written once for 简报设置 and the issue page;
 * its fields are on the page through /WEB-INF/includes/distribution-fields.xhtml.
 */
public class DistributionForm implements Serializable {

    private String reportTo;
    private String sendTo;
    private String distributeTo;
    private int printCount;

    public static DistributionForm of(Distribution d) {
        DistributionForm f = new DistributionForm();
        f.reportTo = d.getReportTo();
        f.sendTo = d.getSendTo();
        f.distributeTo = d.getDistributeTo();
        f.printCount = d.getPrintCount();
        return f;
    }

    /** The block as the domain checks and keeps it. */
    public Distribution toDistribution() {
        return new Distribution(reportTo, sendTo, distributeTo, printCount);
    }

    public String getReportTo() {
        return reportTo;
    }

    public void setReportTo(String reportTo) {
        this.reportTo = reportTo;
    }

    public String getSendTo() {
        return sendTo;
    }

    public void setSendTo(String sendTo) {
        this.sendTo = sendTo;
    }

    public String getDistributeTo() {
        return distributeTo;
    }

    public void setDistributeTo(String distributeTo) {
        this.distributeTo = distributeTo;
    }

    public int getPrintCount() {
        return printCount;
    }

    public void setPrintCount(int printCount) {
        this.printCount = printCount;
    }
}
