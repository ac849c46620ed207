package org.briefdesk.domain.model.briefing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * One issue of a briefing (简报期次): its number, date, editor's note, distribution and entries in
 * printed order, and who assembled and published it ({@link IssueCredits}). Editors assemble it while
 * it is a draft or in review; publishing freezes it: from then on every change is refused, so what
 * leaders read is what was published.
 */
@Entity
@Table(name = "briefing_issue")
public class BriefingIssue {

    public static final int ENTRIES_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "briefing_seq")
    @SequenceGenerator(name = "briefing_seq", sequenceName = "briefing_seq", allocationSize = 10)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "title_id", nullable = false)
    private BriefingTitle title;

    @Embedded
    private IssueNumber number;

    @Column(name = "issue_date", nullable = false)
    private LocalDate issueDate;

    @Column(name = "editor_note", length = EditorNote.MAX)
    private String editorNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueStatus status = IssueStatus.DRAFT;

    @Embedded
    private Distribution distribution;

    @Column(name = "extra_recipients", length = Distribution.LINE_MAX)
    private String extraRecipients;

    @Column(name = "mail_on_publish", nullable = false)
    private boolean mailOnPublish;

    /** 密级 and 份号; null when the office marks neither. */
    @Embedded
    private PrintMarking marking;

    @Embedded
    private IssueCredits credits;

    /** 签发, when the title requires it; any change to the issue afterwards voids it. */
    @Embedded
    private SignOff signOff;

    @OneToMany(mappedBy = "issue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BriefingEntry> entries = new ArrayList<>();

    /** The leaders and units that read it in Briefdesk once published. */
    @Embedded
    private IssueReaders readers = new IssueReaders();

    protected BriefingIssue() {}

    /** A new draft; {@code number} comes from the title's numbering, under its lock. */
    public BriefingIssue(BriefingTitle title, IssueNumber number, LocalDate issueDate, String createdBy, Instant now) {
        this.title = Objects.requireNonNull(title);
        this.number = Objects.requireNonNull(number);
        this.issueDate = Objects.requireNonNull(issueDate);
        this.distribution = title.getDistribution();
        this.credits = new IssueCredits(createdBy, now);
    }

    /** Adds the item at the end of {@code column} (null: no column heading, as in a one-event special issue). */
    public BriefingEntry add(Item item, BriefingColumn column, String sourceUnits) {
        changing();
        if (!item.usableInIssue()) {
            throw new BusinessRuleViolation(
                    "item",
                    "“" + item.getTitle() + "”不是采用待编的信息，不能编入简报（当前状态："
                            + item.getStatus().getLabel() + "）");
        }
        if (layout().holdsItem(item.getId())) {
            throw new BusinessRuleViolation("item", "“" + item.getTitle() + "”已在本期中");
        }
        if (entries.size() >= ENTRIES_MAX) {
            throw new BusinessRuleViolation("item", "一期简报最多编入" + ENTRIES_MAX + "条信息");
        }
        BriefingEntry entry = new BriefingEntry(this, item, column, Integer.MAX_VALUE, sourceUnits);
        layout().append(entry);
        return entry;
    }

    public void remove(long entryId) {
        changing();
        layout().remove(entryId);
    }

    /** Moves one place up (-1) or down (+1) inside its column; at either end nothing changes. */
    public void shift(long entryId, int direction) {
        BriefingEntry e = entry(entryId);
        moveTo(entryId, e.getColumn(), layout().stepFrom(e, direction));
    }

    /** Drag and drop: puts the entry at {@code index} (clamped) of {@code column}'s entries. */
    public void moveTo(long entryId, BriefingColumn column, int index) {
        changing();
        layout().moveTo(entryId, column, index);
    }

    /** Edits an entry's headline and text for this issue; the item itself keeps its own. */
    public void revise(long entryId, String headline, String bodyHtml) {
        changing();
        entry(entryId).revise(headline, bodyHtml);
    }

    public void describe(
            LocalDate issueDate,
            String editorNote,
            Distribution distribution,
            String extraRecipients,
            boolean mailOnPublish) {
        changing();
        if (issueDate == null) {
            throw new BusinessRuleViolation("issueDate", "请填写出刊日期");
        }
        if (issueDate.getYear() != number.getYear()) {
            throw new BusinessRuleViolation("issueDate", "出刊日期应在" + number.getYear() + "年内（期号按年编排）");
        }
        this.issueDate = issueDate;
        this.editorNote = EditorNote.checked(editorNote);
        this.distribution = Objects.requireNonNull(distribution);
        this.extraRecipients = Text.optionalLine(extraRecipients, "extraRecipients", "本期增发", Distribution.LINE_MAX);
        this.mailOnPublish = mailOnPublish;
    }

    /** 密级 and 份号 where the office needs them ({@link PrintMarking}). */
    public void mark(String classification, String copyNumber) {
        requireEditable();
        this.marking = PrintMarking.of(classification, copyNumber);
    }

    public void distributeTo(Collection<Long> leaderAccountIds) {
        changing();
        readers.leaders(leaderAccountIds);
    }

    /** Which units read it in Briefdesk once published: the member units, all units, or neither. */
    public void distributeToUnits(boolean memberUnits, boolean allUnits) {
        changing();
        readers.units(memberUnits, allUnits);
    }

    /** Whether publishing must name units ({@link #publish(String, Instant, Collection)}). */
    public boolean isForUnits() {
        return readers.isForUnits();
    }

    /** 提交审核. */
    public void submitForReview() {
        requireEditable();
        requireEntries();
        status = IssueStatus.IN_REVIEW;
    }

    /** 退回编辑: a reviewer sends it back to the draft state. */
    public void reopen() {
        if (status != IssueStatus.IN_REVIEW) {
            throw new BusinessRuleViolation("status", "只有待审核的期次可以退回编辑");
        }
        status = IssueStatus.DRAFT;
        signOff = null;
    }

    /**
     * 发布: checks that every entry can still be printed, then freezes the issue. The caller stores the
     * exports and records the adoptions in the same transaction.
     */
    public void publish(String by, Instant now) {
        publish(by, now, List.of());
    }

    /** Publishes to the leaders chosen and to {@code units}: those the unit choices name today. */
    public void publish(String by, Instant now, Collection<Long> units) {
        requireEditable();
        requireEntries();
        for (BriefingEntry e : printOrder()) {
            if (!e.getItem().usableInIssue()) {
                throw new BusinessRuleViolation(
                        "entries",
                        "第" + (printOrder().indexOf(e) + 1) + "条“" + e.getHeadline() + "”的原信息已"
                                + e.getItem().getStatus().getLabel() + "，请移除该条后再发布");
            }
        }
        status = IssueStatus.PUBLISHED;
        readers.reached(units);
        credits.published(by, now);
    }

    /** Remembers the assembling editor's account, so sign-off can tell them from the signer. */
    public void assembledBy(long accountId) {
        credits.assembledBy(accountId);
    }

    public boolean isAssembledBy(long accountId, String displayName) {
        return credits.isAssembledBy(accountId, displayName);
    }

    /**
     * 签发: a signer other than the assembling editor approves the issue in review. Only titles that
     * require sign-off take one.
     */
    public void signOff(long signerId, String signerName, Instant now) {
        requireEditable();
        signOff = SignOff.of(this, signerId, signerName, now);
    }

    /** Publication's precondition when the title requires sign-off (imported past issues are exempt). */
    public void requireSignOff() {
        if (title.isSignOffRequired() && signOff == null) {
            throw new BusinessRuleViolation("signOff", "本期尚未签发：请提交审核，由签发人签发后再发布");
        }
    }

    public SignOff getSignOff() {
        return signOff;
    }

    public Long getCreatedById() {
        return credits.getCreatedById();
    }

    public boolean isPublished() {
        return status == IssueStatus.PUBLISHED;
    }

    public boolean isDistributedTo(long accountId) {
        return readers.isLeader(accountId);
    }

    public boolean isDistributedToUnit(long unitId) {
        return readers.isUnit(unitId);
    }

    /**
     * The one rule for reading a published issue outside the office: a leader it is distributed to,
     * or an officer of a unit it reached ({@code officerUnitId} null for anyone not an officer).
     */
    public boolean isReadableBy(long accountId, Long officerUnitId) {
        return isPublished() && readers.include(accountId, officerUnitId);
    }

    /** Entries in printed order: by column order, then by position inside the column. */
    public List<BriefingEntry> printOrder() {
        return layout().printOrder();
    }

    public BriefingEntry entry(long entryId) {
        return layout().entry(entryId);
    }

    private EntryLayout layout() {
        return new EntryLayout(entries);
    }

    private void requireEntries() {
        if (entries.isEmpty()) {
            throw new BusinessRuleViolation("entries", "本期还没有编入任何信息，不能提交或发布");
        }
    }

    /** Every change to a draft or an issue in review; a sign-off given before it no longer holds. */
    private void changing() {
        requireEditable();
        signOff = null;
    }

    private void requireEditable() {
        if (status == IssueStatus.PUBLISHED) {
            throw new BusinessRuleViolation("status", "本期已发布，不能再修改");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public BriefingTitle getTitle() {
        return title;
    }

    public IssueNumber getNumber() {
        return number;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public String getEditorNote() {
        return editorNote;
    }

    public IssueStatus getStatus() {
        return status;
    }

    public Distribution getDistribution() {
        return distribution;
    }

    public String getExtraRecipients() {
        return extraRecipients;
    }

    public boolean isMailOnPublish() {
        return mailOnPublish;
    }

    public String getCreatedBy() {
        return credits.getCreatedBy();
    }

    public Instant getCreatedAt() {
        return credits.getCreatedAt();
    }

    public String getPublishedBy() {
        return credits.getPublishedBy();
    }

    public Instant getPublishedAt() {
        return credits.getPublishedAt();
    }

    public String getClassification() {
        return marking == null ? null : marking.getClassification();
    }

    public String getCopyNumber() {
        return marking == null ? null : marking.getCopyNumber();
    }

    public Set<Long> getRecipients() {
        return readers.leaders();
    }

    public boolean isToMemberUnits() {
        return readers.isToMemberUnits();
    }

    public boolean isToAllUnits() {
        return readers.isToAllUnits();
    }

    public Set<Long> getUnitRecipients() {
        return readers.units();
    }
}
