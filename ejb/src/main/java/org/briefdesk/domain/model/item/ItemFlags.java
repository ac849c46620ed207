package org.briefdesk.domain.model.item;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * How an item is judged under the work plan (信息属性): its must-report kind (五个必报, set by the
 * officer, corrected by the editor), positive or negative orientation (正面/负面), early warning (预警:
 * 苗头性、倾向性 information that lets the office act early) and sensitive (敏感). Every part may be
 * empty.
 */
public record ItemFlags(MustReportKind mustReport, Orientation orientation, boolean earlyWarning, boolean sensitive)
        implements Serializable {

    /** The facet values the search offers: 正面/负面, 预警, 敏感. */
    public enum Flag {
        POSITIVE("正面"),
        NEGATIVE("负面"),
        EARLY_WARNING("预警"),
        SENSITIVE("敏感");

        private final String label;

        Flag(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    /** The flags set, as facet values. */
    public List<Flag> flags() {
        List<Flag> out = new ArrayList<>();
        if (orientation == Orientation.POSITIVE) {
            out.add(Flag.POSITIVE);
        } else if (orientation == Orientation.NEGATIVE) {
            out.add(Flag.NEGATIVE);
        }
        if (earlyWarning) {
            out.add(Flag.EARLY_WARNING);
        }
        if (sensitive) {
            out.add(Flag.SENSITIVE);
        }
        return out;
    }

    /** A short Chinese description for the audit trail, e.g. 必报：苗头性倾向性问题；负面；预警. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add(mustReport == null ? "非必报" : "必报：" + mustReport.getLabel());
        flags().forEach(f -> parts.add(f.getLabel()));
        return String.join("；", parts);
    }
}
