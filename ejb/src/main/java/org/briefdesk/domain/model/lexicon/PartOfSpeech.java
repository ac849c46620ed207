package org.briefdesk.domain.model.lexicon;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/** The part of speech of a local term (词性), as HanLP's nature codes name them. */
public enum PartOfSpeech {
    NS("ns", "地名"),
    NT("nt", "机构团体名"),
    NZ("nz", "其他专有名词"),
    NR("nr", "人名"),
    N("n", "名词"),
    VN("vn", "名动词"),
    V("v", "动词"),
    J("j", "简称略语"),
    L("l", "习用语");

    private final String code;
    private final String label;

    PartOfSpeech(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    /** The part of speech of a code (ns, nt …); an unknown one is refused with the list of valid codes. */
    public static PartOfSpeech ofCode(String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty()) {
            throw new BusinessRuleViolation("pos", "请选择词性");
        }
        return Arrays.stream(values())
                .filter(p -> p.code.equals(c))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(
                        "pos",
                        "词性“" + c + "”无效，可选："
                                + Arrays.stream(values())
                                        .map(p -> p.code + "（" + p.label + "）")
                                        .collect(Collectors.joining("、"))));
    }
}
