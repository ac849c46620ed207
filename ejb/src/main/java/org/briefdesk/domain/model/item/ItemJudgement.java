package org.briefdesk.domain.model.item;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * The editor's judgement of an item (信息属性研判) besides its must-report kind: positive or negative
 * (正面/负面), early warning (预警) and sensitive (敏感). Kept in the item's own row.
 */
@Embeddable
public class ItemJudgement implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Orientation orientation;

    @Column(name = "early_warning", nullable = false)
    private boolean earlyWarning;

    @Column(nullable = false)
    private boolean sensitive;

    protected ItemJudgement() {}

    ItemJudgement(ItemFlags flags) {
        this.orientation = flags.orientation();
        this.earlyWarning = flags.earlyWarning();
        this.sensitive = flags.sensitive();
    }

    /** The flags with the item's {@code mustReport}, which the unit sets and the editor may correct. */
    ItemFlags with(MustReportKind mustReport) {
        return new ItemFlags(mustReport, orientation, earlyWarning, sensitive);
    }
}
