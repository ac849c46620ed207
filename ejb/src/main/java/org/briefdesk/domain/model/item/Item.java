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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * An information item (信息): one unit's report of one thing (一事一报), moving through the editorial
 * workflow of {@link ItemStatus}. The version column makes two editors' concurrent changes fail
 * loudly instead of one silently overwriting the other.
 */
@Entity
@Table(name = "item")
public class Item {

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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "event_date")
    private LocalDate eventDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "must_report", length = 30)
    private MustReportKind mustReport;

    @Column(nullable = false)
    private boolean urgent;

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

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "item_column",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "column_id"))
    @OrderBy("position")
    private Set<org.briefdesk.domain.model.column.Column> columns = new LinkedHashSet<>();

    protected Item() {
    }

    /** A new draft of {@code unit}, written by {@code author} (null for imported items). */
    public Item(Unit unit, Account author, ItemContent content, Instant now) {
        if (unit == null || !unit.getKind().isReporting()) {
            throw new BusinessRuleViolation("unit", "请选择报送单位");
        }
        this.unit = unit;
        this.author = author;
        this.createdAt = now;
        write(content);
    }

    /** The unit revises its own draft or returned item. */
    public void revise(ItemContent content) {
        requireStatus("只有草稿或退回修改的信息可以修改", ItemStatus.DRAFT, ItemStatus.RETURNED);
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
        requireStatus("该信息已报送，不能重复报送", ItemStatus.DRAFT, ItemStatus.RETURNED);
        status = ItemStatus.SUBMITTED;
        statusReason = null;
        submittedAt = now;
    }

    /** The unit takes the item back before an editor has screened it (撤回). */
    public void withdraw() {
        requireStatus("编辑已处理该信息，不能撤回", ItemStatus.SUBMITTED);
        status = ItemStatus.WITHDRAWN;
    }

    /** An editor accepts the item into the office's pool (采用待编). */
    public void accept() {
        requireStatus("只有待筛选的信息可以采用", ItemStatus.SUBMITTED);
        status = ItemStatus.ACCEPTED;
    }

    /** An editor returns the item to its unit for revision (退回修改). */
    public void returnToUnit(String reason) {
        requireStatus("只有待筛选的信息可以退回", ItemStatus.SUBMITTED);
        statusReason = Text.requireLine(reason, "reason", "退回原因", REASON_MAX);
        status = ItemStatus.RETURNED;
    }

    /** An editor decides not to use the item (不予采用). */
    public void reject(String reason) {
        requireStatus("只有待筛选或采用待编的信息可以不予采用", ItemStatus.SUBMITTED, ItemStatus.ACCEPTED);
        statusReason = Text.requireLine(reason, "reason", "不予采用原因", REASON_MAX);
        status = ItemStatus.REJECTED;
    }

    /** An editor tags the item into briefing columns; an empty set removes every tag. */
    public void tag(Collection<org.briefdesk.domain.model.column.Column> newColumns) {
        requireStatus("只有待筛选或采用待编的信息可以归入栏目", ItemStatus.SUBMITTED, ItemStatus.ACCEPTED);
        for (var c : newColumns) {
            if (!c.isActive()) {
                throw new BusinessRuleViolation("columns", "栏目“" + c.getName() + "”已停用");
            }
        }
        columns.clear();
        columns.addAll(newColumns);
    }

    /** The item appeared in a published briefing issue (已刊用). */
    public void markPublished() {
        requireStatus("只有采用待编的信息可以刊用", ItemStatus.ACCEPTED);
        status = ItemStatus.PUBLISHED;
    }

    private void requireStatus(String message, ItemStatus... allowed) {
        for (ItemStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new BusinessRuleViolation("status", message + "（当前状态：" + status.getLabel() + "）");
    }

    public boolean belongsTo(Unit other) {
        return other != null && unit.getId().equals(other.getId());
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
        return author;
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

    public Set<org.briefdesk.domain.model.column.Column> getColumns() {
        return Collections.unmodifiableSet(columns);
    }
}
