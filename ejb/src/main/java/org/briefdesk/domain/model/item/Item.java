package org.briefdesk.domain.model.item;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * An information item (信息): one unit's report of one thing (一事一报), moving through the editorial
 * workflow of {@link ItemStatus} by the steps of {@link ItemLifecycle}; the editor's judgement of it is
 * an {@link ItemJudgement}, where it came from an {@link ItemOrigin}, its columns {@link ColumnTags}. The version column makes two editors' concurrent changes fail
 * loudly instead of one silently overwriting the other.
 */
@Entity
@Table(name = "item")
public class Item implements Serializable {

    public static final int TITLE_MAX = 100;
    public static final int CONTACT_MAX = 60;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_seq")
    @SequenceGenerator(name = "item_seq", sequenceName = "item_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Embedded
    private RichText body;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "must_report", length = 30)
    private MustReportKind mustReport;

    @Column(nullable = false)
    private boolean urgent;

    @Embedded
    private ItemJudgement judgement = new ItemJudgement();

    @Column(length = CONTACT_MAX)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status = ItemStatus.DRAFT;

    /** Why an editor returned or rejected the item; cleared when the unit submits again. */
    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Embedded
    private ColumnTags tags = new ColumnTags();

    /** Set when an editor marks this item as a duplicate of an earlier one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private Item duplicateOf;

    /** 综合编辑: the sources of a combined item, or the combined item that used this one. */
    @Embedded
    private Combination combination = new Combination();

    @Embedded
    private ItemOrigin origin;

    protected Item() {}

    /** A new draft of {@code unit}, written by {@code author} (null for imported items). */
    public Item(Unit unit, Account author, ItemContent content, Instant now) {
        this(unit, author, content, ItemChannel.FORM, now);
    }

    /** A new draft of {@code unit} that reached the office through {@code channel}. */
    public Item(Unit unit, Account author, ItemContent content, ItemChannel channel, Instant now) {
        this(unit, author, channel, now);
        write(content);
    }

    private Item(Unit unit, Account author, ItemChannel channel, Instant now) {
        if (unit == null || !unit.getKind().isReporting()) {
            throw new BusinessRuleViolation("unit", "请选择报送单位");
        }
        this.unit = unit;
        this.origin = new ItemOrigin(author, channel);
        this.createdAt = now;
    }

    /**
     * A combined item (综合编辑): written by an editor of the office from several units' reports of
     * one event, accepted at once, crediting every source's unit. Each source is marked as used.
     */
    public static Item combine(Unit office, Account editor, ItemContent content, List<Item> sources, Instant now) {
        if (office == null || !office.isOffice()) {
            throw new BusinessRuleViolation("unit", "综合信息由区创建办编辑");
        }
        Combination combination = Combination.of(sources);
        Item item = new Item();
        item.unit = office;
        item.origin = new ItemOrigin(editor, ItemChannel.FORM);
        item.createdAt = now;
        item.combination = combination;
        item.write(content);
        item.status = ItemStatus.ACCEPTED;
        item.submittedAt = now;
        return item;
    }

    /**
     * A past item from an office's archive (档案导入): stored as it was, dated when it was reported,
     * tagged into its column where known, and 已刊用 when it was adopted, otherwise 已归档. The body
     * comes already sanitised: an import builds it once from the record's text or HTML, and parsing
     * its HTML again here was a fifth of the import's database step.
     */
    public static Item archived(
            Unit unit,
            String title,
            RichText body,
            LocalDate eventDate,
            Collection<BriefingColumn> columns,
            boolean adopted,
            Instant reportedAt) {
        Item item = new Item(unit, null, ItemChannel.FORM, reportedAt);
        item.title = Text.requireLine(title, "title", "标题", TITLE_MAX);
        item.body = body;
        item.eventDate = eventDate;
        item.status = adopted ? ItemStatus.PUBLISHED : ItemStatus.ARCHIVED;
        item.submittedAt = reportedAt;
        item.tags.add(columns);
        return item;
    }

    /** An archived item appeared in a past issue that is imported too (往期简报): it was printed then. */
    public void printedInPastIssue() {
        status = ItemLifecycle.PRINTED_IN_PAST_ISSUE.from(status);
    }

    /** This source was combined into {@code combinedItem}; it stays in the pool as accepted. */
    public void useInCombination(Item combinedItem) {
        ItemStatus next = ItemLifecycle.COMBINE.from(status);
        combination.usedIn(combinedItem);
        this.status = next;
    }

    void requireCombinable() {
        ItemLifecycle.COMBINE.check(status);
    }

    /** An editor marks this item as repeating {@code original}; it is not used on its own. */
    public void markDuplicateOf(Item original) {
        if (original == null || original == this || (id != null && id.equals(original.getId()))) {
            throw new BusinessRuleViolation("duplicateOf", "请选择另一条信息作为原信息");
        }
        reject("与“" + original.getTitle() + "”重复");
        this.duplicateOf = original;
    }

    /** The item answers a solicitation (约稿); set while the unit may still change it. */
    public void answer(Long solicitationId) {
        ItemLifecycle.ANSWER.check(status);
        origin.answer(solicitationId);
    }

    /** An editor edits the text (编辑加工); the caller keeps the previous text as a revision. */
    public void edit(String newTitle, String newBodyHtml) {
        ItemLifecycle.EDIT.check(status);
        this.title = Text.requireLine(newTitle, "title", "标题", TITLE_MAX);
        this.body = RichText.ofHtml(newBodyHtml);
    }

    /** The unit revises its own draft or returned item. */
    public void revise(ItemContent content) {
        ItemLifecycle.REVISE.check(status);
        write(content);
    }

    private void write(ItemContent content) {
        this.title = Text.requireLine(content.title(), "title", "标题", TITLE_MAX);
        this.body = RichText.ofHtml(content.bodyHtml());
        this.eventDate = content.eventDate();
        this.mustReport = content.mustReport();
        this.urgent = content.urgent();
        this.contact = Text.optionalLine(content.contact(), "contact", "联系方式", CONTACT_MAX);
    }

    /** Sends the item to the office (报送); a returned item is sent again after revision. */
    public void submit(Instant now) {
        status = ItemLifecycle.SUBMIT.from(status);
        statusReason = null;
        submittedAt = now;
    }

    /**
     * The unit deletes its draft (删除草稿): only a draft, which never reached the office and so is in
     * no one's inbox, issue, adoption or score, may go.
     */
    public void requireDeletable() {
        ItemLifecycle.DELETE.check(status);
    }

    /** The unit takes the item back before an editor has screened it (撤回). */
    public void withdraw() {
        status = ItemLifecycle.WITHDRAW.from(status);
    }

    /** An editor accepts the item into the office's pool (采用待编). */
    public void accept() {
        status = ItemLifecycle.ACCEPT.from(status);
    }

    /** An editor returns the item to its unit for revision (退回修改). */
    public void returnToUnit(String reason) {
        ItemStatus next = ItemLifecycle.RETURN.from(status);
        statusReason = Text.requireLine(reason, "reason", "退回原因", REASON_MAX);
        status = next;
    }

    /** An editor decides not to use the item (不予采用). */
    public void reject(String reason) {
        ItemStatus next = ItemLifecycle.REJECT.from(status);
        statusReason = Text.requireLine(reason, "reason", "不予采用原因", REASON_MAX);
        status = next;
    }

    /** An editor tags the item into one or more briefing columns ({@link ColumnTags}). */
    public void tag(Collection<BriefingColumn> newColumns) {
        ItemLifecycle.TAG.check(status);
        tags.retag(newColumns);
    }

    /**
     * An editor judges the item (信息属性): corrects the officer's must-report kind and marks it positive
     * or negative, early warning (预警) or sensitive (敏感). Only items that reached the office.
     */
    public void characterise(ItemFlags flags) {
        if (!status.reachedOffice()) {
            throw new BusinessRuleViolation("status", "只有已报送的信息可以标记属性（当前状态：" + status.getLabel() + "）");
        }
        this.mustReport = flags.mustReport();
        this.judgement = new ItemJudgement(flags);
    }

    /** The units that reported it: its own, or every source unit of a combined item (综合编辑). */
    public List<Long> reportingUnitIds() {
        return combination.reportingUnitIds(unit.getId());
    }

    public ItemFlags getFlags() {
        return judgement.with(mustReport);
    }

    /**
     * Whether an editor may print the item in a briefing issue: accepted (or already printed once, for
     * a special issue), and used on its own rather than through a combined item or as a duplicate.
     */
    public boolean usableInIssue() {
        return (status == ItemStatus.ACCEPTED || status == ItemStatus.PUBLISHED)
                && combination.getCombinedInto() == null
                && duplicateOf == null;
    }

    /** The item appeared in a published briefing issue (已刊用); printing it again changes nothing. */
    public void markPublished() {
        status = ItemLifecycle.PUBLISH.from(status);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public RichText getBody() {
        return body;
    }

    public Unit getUnit() {
        return unit;
    }

    public Account getAuthor() {
        return origin.getAuthor();
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public MustReportKind getMustReport() {
        return mustReport;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public String getContact() {
        return contact;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Item getDuplicateOf() {
        return duplicateOf;
    }

    public Item getCombinedInto() {
        return combination.getCombinedInto();
    }

    public boolean isCombined() {
        return combination.isCombined();
    }

    public List<CombinedSource> getSources() {
        return Collections.unmodifiableList(combination.getSources());
    }

    public ItemChannel getChannel() {
        return origin.getChannel();
    }

    public Long getSolicitationId() {
        return origin.getSolicitationId();
    }

    public Set<BriefingColumn> getColumns() {
        return tags.get();
    }
}
