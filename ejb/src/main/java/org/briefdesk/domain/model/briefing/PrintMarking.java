package org.briefdesk.domain.model.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * 密级 and 份号 printed at the top of an issue's first page, where the office needs them: both
 * optional; the classification is one short line (内部资料, 秘密★1年), the copy number digits as
 * printed (000012). A value: never changed, only replaced.
 */
@Embeddable
public class PrintMarking implements Serializable {

    public static final int CLASSIFICATION_MAX = 20;
    public static final int COPY_NUMBER_MAX = 10;

    /** 密级, printed top left; null when the office does not mark it. */
    @Column(length = CLASSIFICATION_MAX)
    private String classification;

    /** 份号, printed top right; null when copies are not numbered. */
    @Column(name = "copy_number", length = COPY_NUMBER_MAX)
    private String copyNumber;

    protected PrintMarking() {}

    private PrintMarking(String classification, String copyNumber) {
        this.classification = classification;
        this.copyNumber = copyNumber;
    }

    /** The marking as entered, checked; blank parts are left off. */
    public static PrintMarking of(String classification, String copyNumber) {
        String c = Text.optionalLine(classification, "classification", "密级", CLASSIFICATION_MAX);
        String n = Text.optionalLine(copyNumber, "copyNumber", "份号", COPY_NUMBER_MAX);
        if (n != null && !n.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new BusinessRuleViolation("copyNumber", "份号只能填写数字，例如 000012");
        }
        return new PrintMarking(c, n);
    }

    public String getClassification() {
        return classification;
    }

    public String getCopyNumber() {
        return copyNumber;
    }
}
