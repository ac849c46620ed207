package org.briefdesk.domain.model.upward;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Recording;
import org.briefdesk.domain.shared.Text;

/**
 * One upward send (报送记录): the items the office sent, in the package's order, to an addressee
 * (首都文明办, a newspaper, a department) by a channel on a date, numbered per year (报送第N期), with
 * the package as sent. Adoptions the editor records later are linked here, so one can see what each
 * send earned.
 */
@Entity
@Table(name = "upward_submission")
public class UpwardSubmission {

    public static final int ADDRESSEE_MAX = 100;
    public static final int MAX_ITEMS = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "upward_submission_seq")
    @SequenceGenerator(name = "upward_submission_seq", sequenceName = "upward_submission_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = ADDRESSEE_MAX)
    private String addressee;

    @Column(name = "mail_to", length = 254)
    private String mailTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UpwardChannel channel;

    @Column(name = "issue_id")
    private Long issueId;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    @Column(name = "series_year", nullable = false)
    private int seriesYear;

    @Column(name = "series_number", nullable = false)
    private int seriesNumber;

    @Embedded
    private Recording sent;

    @Column(name = "package_name", nullable = false, length = 120)
    private String packageName;

    @Column(name = "package_content", nullable = false)
    private byte[] packageContent;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upward_item", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    @Column(name = "item_id")
    private List<Long> itemIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upward_adoption", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "adoption_id")
    private Set<Long> adoptionIds = new LinkedHashSet<>();

    protected UpwardSubmission() {}

    public UpwardSubmission(
            String addressee,
            String mailTo,
            UpwardChannel channel,
            Long issueId,
            List<Long> itemIds,
            LocalDate sentOn,
            int seriesNumber,
            Recording sent) {
        this.addressee = Text.requireLine(addressee, "addressee", "报送对象", ADDRESSEE_MAX);
        if (channel == null) {
            throw new BusinessRuleViolation("channel", "请选择报送方式（邮件或下载）");
        }
        if (channel == UpwardChannel.MAIL && (mailTo == null || mailTo.isBlank())) {
            throw new BusinessRuleViolation("mailTo", "邮件报送须填写对方邮箱");
        }
        List<Long> distinct = itemIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(itemIds));
        if (distinct.isEmpty()) {
            throw new BusinessRuleViolation("itemIds", "请选择要报送的信息");
        }
        if (distinct.size() > MAX_ITEMS) {
            throw new BusinessRuleViolation("itemIds", "一次最多报送" + MAX_ITEMS + "条信息");
        }
        this.mailTo = mailTo == null || mailTo.isBlank() ? null : mailTo.strip();
        this.channel = channel;
        this.issueId = issueId;
        this.itemIds.addAll(distinct);
        this.sentOn = sentOn;
        this.seriesYear = sentOn.getYear();
        this.seriesNumber = seriesNumber;
        this.sent = sent;
        this.packageName = "";
        this.packageContent = new byte[0];
    }

    /** Keeps the package exactly as it went out. */
    public void attachPackage(String name, byte[] content) {
        this.packageName = name;
        this.packageContent = content;
    }

    /** Records that {@code adoptionId} was earned by this send; the item must be one it carried. */
    public void adopted(long itemId, long adoptionId) {
        requireCarries(itemId);
        adoptionIds.add(adoptionId);
    }

    public void requireCarries(long itemId) {
        if (!itemIds.contains(itemId)) {
            throw new BusinessRuleViolation("itemId", "该信息不在这次报送中");
        }
    }

    /** e.g. 2026年第5期. */
    public String seriesLabel() {
        return seriesYear + "年第" + seriesNumber + "期";
    }

    public Long getId() {
        return id;
    }

    public String getAddressee() {
        return addressee;
    }

    public String getMailTo() {
        return mailTo;
    }

    public UpwardChannel getChannel() {
        return channel;
    }

    public Long getIssueId() {
        return issueId;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public int getSeriesYear() {
        return seriesYear;
    }

    public int getSeriesNumber() {
        return seriesNumber;
    }

    public Recording getSent() {
        return sent;
    }

    public String getPackageName() {
        return packageName;
    }

    public byte[] getPackageContent() {
        return packageContent;
    }

    public List<Long> getItemIds() {
        return List.copyOf(itemIds);
    }

    public Set<Long> getAdoptionIds() {
        return Set.copyOf(adoptionIds);
    }
}
