package org.briefdesk.domain.model.briefing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.domain.shared.Text;

/**
 * One issue of a briefing (简报期次): its number, date, editor's note, distribution and entries in
 * printed order. Editors assemble it while it is a draft or in review; publishing freezes it: from then
 * on every change is refused, so what leaders read is what was published.
 */
@Entity
@Table(name = "briefing_issue")
public class BriefingIssue {

    public static final int EDITOR_NOTE_MAX = 2000;
    public static final int CLASSIFICATION_MAX = 20;
    public static final int COPY_NUMBER_MAX = 10;
    public static final int ENTRIES_MAX = 80;
    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Comparator<BriefingEntry> PRINT_ORDER = Comparator.comparingInt((BriefingEntry e) ->
                    e.getColumn() == null ? -1 : e.getColumn().getPosition())
            .thenComparingInt(BriefingEntry::getPosition);

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

    @Column(name = "editor_note", length = EDITOR_NOTE_MAX)
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

    /** 密级 (e.g. 内部资料, 秘密★1年), printed top left; null when the office does not mark it. */
    @Column(length = CLASSIFICATION_MAX)
    private String classification;

    /** 份号, printed top right; null when copies are not numbered. */
    @Column(name = "copy_number", length = COPY_NUMBER_MAX)
    private String copyNumber;

    @Column(name = "created_by", nullable = false, length = 30)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_by", length = 30)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "issue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BriefingEntry> entries = new ArrayList<>();

    /** The leaders' accounts the issue is distributed to in the portal. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "briefing_recipient", joinColumns = @JoinColumn(name = "issue_id"))
    @Column(name = "account_id")
    private Set<Long> recipients = new LinkedHashSet<>();

    protected BriefingIssue() {}

    /** A new draft; {@code number} comes from the title's numbering, under its lock. */
    public BriefingIssue(BriefingTitle title, IssueNumber number, LocalDate issueDate, String createdBy, Instant now) {
        this.title = Objects.requireNonNull(title);
        this.number = Objects.requireNonNull(number);
        this.issueDate = Objects.requireNonNull(issueDate);
        this.distribution = title.getDistribution();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Adds the item at the end of {@code column} (null: no column heading, as in a one-event special issue). */
    public BriefingEntry add(Item item, BriefingColumn column, String sourceUnits) {
        requireEditable();
        if (!item.usableInIssue()) {
            throw new BusinessRuleViolation(
                    "item",
                    "“" + item.getTitle() + "”不是采用待编的信息，不能编入简报（当前状态："
                            + item.getStatus().getLabel() + "）");
        }
        if (entries.stream().anyMatch(e -> e.getItem().getId().equals(item.getId()))) {
            throw new BusinessRuleViolation("item", "“" + item.getTitle() + "”已在本期中");
        }
        if (entries.size() >= ENTRIES_MAX) {
            throw new BusinessRuleViolation("item", "一期简报最多编入" + ENTRIES_MAX + "条信息");
        }
        BriefingEntry entry = new BriefingEntry(this, item, column, Integer.MAX_VALUE, sourceUnits);
        entries.add(entry);
        renumber();
        return entry;
    }

    public void remove(long entryId) {
        requireEditable();
        entries.remove(entry(entryId));
        renumber();
    }

    /** Moves one place up (-1) or down (+1) inside its column; at either end nothing changes. */
    public void shift(long entryId, int direction) {
        BriefingEntry e = entry(entryId);
        List<BriefingEntry> column = inColumn(e.getColumn());
        moveTo(entryId, e.getColumn(), column.indexOf(e) + Integer.signum(direction));
    }

    /** Drag and drop: puts the entry at {@code index} (clamped) of {@code column}'s entries. */
    public void moveTo(long entryId, BriefingColumn column, int index) {
        requireEditable();
        BriefingEntry moving = entry(entryId);
        List<BriefingEntry> target = inColumn(column);
        target.remove(moving);
        int at = Math.max(0, Math.min(index, target.size()));
        target.add(at, moving);
        for (int i = 0; i < target.size(); i++) {
            target.get(i).place(column, i);
        }
        renumber();
    }

    /** Edits an entry's headline and text for this issue; the item itself keeps its own. */
    public void revise(long entryId, String headline, String bodyHtml) {
        requireEditable();
        entry(entryId).revise(headline, bodyHtml);
    }

    public void describe(
            LocalDate issueDate,
            String editorNote,
            Distribution distribution,
            String extraRecipients,
            boolean mailOnPublish) {
        requireEditable();
        if (issueDate == null) {
            throw new BusinessRuleViolation("issueDate", "请填写出刊日期");
        }
        if (issueDate.getYear() != number.getYear()) {
            throw new BusinessRuleViolation("issueDate", "出刊日期应在" + number.getYear() + "年内（期号按年编排）");
        }
        String note = Text.optionalText(editorNote, "editorNote", "编者按", Integer.MAX_VALUE);
        if (note != null && note.length() > EDITOR_NOTE_MAX) {
            throw new BusinessRuleViolation("editorNote", "编者按不能超过" + EDITOR_NOTE_MAX + "个字");
        }
        if (note != null && MARKUP.matcher(note).find()) {
            throw new BusinessRuleViolation("editorNote", "编者按不能包含HTML标记");
        }
        this.issueDate = issueDate;
        this.editorNote = note;
        this.distribution = Objects.requireNonNull(distribution);
        this.extraRecipients = Text.optionalLine(extraRecipients, "extraRecipients", "本期增发", Distribution.LINE_MAX);
        this.mailOnPublish = mailOnPublish;
    }

    /**
     * 密级 and 份号 where the office needs them: both optional; the copy number is digits (as printed,
     * e.g. 000012), the classification one short line.
     */
    public void mark(String classification, String copyNumber) {
        requireEditable();
        String c = Text.optionalLine(classification, "classification", "密级", CLASSIFICATION_MAX);
        String n = Text.optionalLine(copyNumber, "copyNumber", "份号", COPY_NUMBER_MAX);
        if (n != null && !n.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            throw new BusinessRuleViolation("copyNumber", "份号只能填写数字，例如 000012");
        }
        this.classification = c;
        this.copyNumber = n;
    }

    public void distributeTo(Collection<Long> leaderAccountIds) {
        requireEditable();
        recipients.clear();
        recipients.addAll(leaderAccountIds);
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
    }

    /**
     * 发布: checks that every entry can still be printed, then freezes the issue. The caller stores the
     * exports and records the adoptions in the same transaction.
     */
    public void publish(String by, Instant now) {
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
        publishedBy = by;
        publishedAt = now;
    }

    public boolean isPublished() {
        return status == IssueStatus.PUBLISHED;
    }

    public boolean isDistributedTo(long accountId) {
        return recipients.contains(accountId);
    }

    /** Entries in printed order: by column order, then by position inside the column. */
    public List<BriefingEntry> printOrder() {
        List<BriefingEntry> sorted = new ArrayList<>(entries);
        sorted.sort(PRINT_ORDER);
        return sorted;
    }

    public BriefingEntry entry(long entryId) {
        return entries.stream()
                .filter(e -> e.getId() != null && e.getId() == entryId)
                .findFirst()
                .orElseThrow(() -> new NotFound("该条目不在本期中，可能已被其他编辑移除，请刷新"));
    }

    private List<BriefingEntry> inColumn(BriefingColumn column) {
        List<BriefingEntry> in = new ArrayList<>();
        for (BriefingEntry e : printOrder()) {
            if (Objects.equals(id(e.getColumn()), id(column))) {
                in.add(e);
            }
        }
        return in;
    }

    private static Long id(BriefingColumn c) {
        return c == null ? null : c.getId();
    }

    private void renumber() {
        List<BriefingEntry> sorted = printOrder();
        for (int i = 0; i < sorted.size(); i++) {
            sorted.get(i).place(sorted.get(i).getColumn(), i);
        }
    }

    private void requireEntries() {
        if (entries.isEmpty()) {
            throw new BusinessRuleViolation("entries", "本期还没有编入任何信息，不能提交或发布");
        }
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
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getClassification() {
        return classification;
    }

    public String getCopyNumber() {
        return copyNumber;
    }

    public Set<Long> getRecipients() {
        return Set.copyOf(recipients);
    }
}
