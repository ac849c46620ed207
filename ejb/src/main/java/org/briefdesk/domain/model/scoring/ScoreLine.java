package org.briefdesk.domain.model.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.briefdesk.domain.model.adoption.AdoptionMode;

/**
 * A stored score line (计分明细): what one adoption or instruction earned for one reporting unit's item,
 * on the record's date, under a named rule version. Statistics sum these lines with database
 * aggregates; they are rewritten only when the item's records change or an administrator recomputes.
 */
@Entity
@Table(name = "score_line")
public class ScoreLine {

    public static final int EXPLANATION_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_line_seq")
    @SequenceGenerator(name = "score_line_seq", sequenceName = "score_line_seq", allocationSize = 50)
    private Long id;

    /** The reporting unit's item that is credited (a combined item's source, not the combined item). */
    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "author_id")
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ScoredRecord.Kind kind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    /** The combined item the record was made on, when it was. */
    @Column(name = "via_item_id")
    private Long viaItemId;

    @Column(name = "counted_on", nullable = false)
    private LocalDate countedOn;

    /** OutletLevel or LeaderLevel name. */
    @Column(name = "level_name", nullable = false, length = 10)
    private String levelName;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private AdoptionMode mode;

    @Column(name = "rule_set_id", nullable = false)
    private long ruleSetId;

    @Column(nullable = false)
    private int points;

    @Column(nullable = false)
    private int credited;

    @Column(nullable = false, length = EXPLANATION_MAX)
    private String explanation;

    protected ScoreLine() {}

    public ScoreLine(long itemId, long unitId, Long authorId, ScoreCredit credit) {
        ScoredRecord r = credit.record();
        this.itemId = itemId;
        this.unitId = unitId;
        this.authorId = authorId;
        this.kind = r.kind();
        this.recordId = r.recordId();
        this.viaItemId = r.viaItemId();
        this.countedOn = r.on();
        this.levelName = r.levelName();
        this.mode = r.mode();
        this.ruleSetId = credit.rules().getId();
        this.points = credit.points();
        this.credited = credit.credited();
        String e = r.describe() + "：" + credit.explanation();
        this.explanation = e.length() > EXPLANATION_MAX ? e.substring(0, EXPLANATION_MAX) : e;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public long getUnitId() {
        return unitId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public ScoredRecord.Kind getKind() {
        return kind;
    }

    public long getRecordId() {
        return recordId;
    }

    public Long getViaItemId() {
        return viaItemId;
    }

    public LocalDate getCountedOn() {
        return countedOn;
    }

    public String getLevelName() {
        return levelName;
    }

    public AdoptionMode getMode() {
        return mode;
    }

    public long getRuleSetId() {
        return ruleSetId;
    }

    public int getPoints() {
        return points;
    }

    public int getCredited() {
        return credited;
    }

    public String getExplanation() {
        return explanation;
    }

    public boolean isSuperseded() {
        return credited < points;
    }
}
