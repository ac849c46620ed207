package org.briefdesk.domain.model.briefing;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.RichText;
import org.briefdesk.domain.shared.Text;

/**
 * One entry of a briefing issue (简报条目): an item (or combined item) as this issue prints it. The
 * headline and text start as the item's and may be edited for the issue alone; the item keeps its own.
 */
@Entity
@Table(name = "briefing_entry")
public class BriefingEntry {

    public static final int HEADLINE_MAX = 200;
    public static final int SOURCE_UNITS_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "briefing_seq")
    @SequenceGenerator(name = "briefing_seq", sequenceName = "briefing_seq", allocationSize = 10)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issue_id", nullable = false)
    private BriefingIssue issue;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private Item item;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "column_id")
    private BriefingColumn column;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = HEADLINE_MAX)
    private String headline;

    @Embedded
    private RichText body;

    @Column(name = "source_units", nullable = false, length = SOURCE_UNITS_MAX)
    private String sourceUnits;

    protected BriefingEntry() {}

    BriefingEntry(BriefingIssue issue, Item item, BriefingColumn column, int position, String sourceUnits) {
        this.issue = issue;
        this.item = item;
        this.column = column;
        this.position = position;
        this.headline = Text.requireLine(item.getTitle(), "headline", "标题", HEADLINE_MAX);
        this.body = item.getBody();
        this.sourceUnits = Text.requireLine(sourceUnits, "sourceUnits", "来源单位", SOURCE_UNITS_MAX);
    }

    /** Edits the text for this issue only. */
    void revise(String newHeadline, String newBodyHtml) {
        this.headline = Text.requireLine(newHeadline, "headline", "标题", HEADLINE_MAX);
        this.body = RichText.ofHtml(newBodyHtml);
    }

    void place(BriefingColumn newColumn, int newPosition) {
        this.column = newColumn;
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public BriefingIssue getIssue() {
        return issue;
    }

    public Item getItem() {
        return item;
    }

    public BriefingColumn getColumn() {
        return column;
    }

    public int getPosition() {
        return position;
    }

    public String getHeadline() {
        return headline;
    }

    public RichText getBody() {
        return body;
    }

    /** Short names joined by 、, printed in parentheses after the text. */
    public String getSourceUnits() {
        return sourceUnits;
    }
}
