package org.briefdesk.domain.model.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.briefdesk.domain.model.scoring.Period;

/**
 * A periodic report (定期通报): the statistics 通报 of a month or quarter, or the half-year or annual
 * ranking, numbered in its kind's series of the year it was issued (2026年第3期), sent to the units
 * and leaders the office named when it was generated; those recipients read it in the app.
 */
@Entity
@Table(name = "periodic_report")
public class PeriodicReport {

    public static final int SUMMARY_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "periodic_report_seq")
    @SequenceGenerator(name = "periodic_report_seq", sequenceName = "periodic_report_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportKind kind;

    @Column(name = "period_key", nullable = false, length = 20)
    private String periodKey;

    @Column(name = "period_label", nullable = false, length = 40)
    private String periodLabel;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "series_year", nullable = false)
    private int seriesYear;

    @Column(name = "series_number", nullable = false)
    private int seriesNumber;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(length = SUMMARY_MAX)
    private String summary;

    @ElementCollection
    @CollectionTable(name = "periodic_report_unit", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "unit_id")
    private Set<Long> unitIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "periodic_report_leader", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "account_id")
    private Set<Long> leaderIds = new LinkedHashSet<>();

    protected PeriodicReport() {}

    public PeriodicReport(
            ReportKind kind,
            Period period,
            int seriesNumber,
            LocalDate issuedOn,
            Instant now,
            Collection<Long> unitIds,
            Collection<Long> leaderIds) {
        this.kind = kind;
        this.periodKey = ReportKind.key(period);
        this.periodLabel = period.label();
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.seriesYear = issuedOn.getYear();
        this.seriesNumber = seriesNumber;
        this.issuedOn = issuedOn;
        this.generatedAt = now;
        this.unitIds.addAll(unitIds);
        this.leaderIds.addAll(leaderIds);
    }

    /** Whether an officer of {@code unitId} or the leader with {@code accountId} was sent it. */
    public boolean sentTo(Long unitId, long accountId) {
        return (unitId != null && unitIds.contains(unitId)) || leaderIds.contains(accountId);
    }

    public void summarise(String text) {
        this.summary = text == null || text.length() <= SUMMARY_MAX ? text : text.substring(0, SUMMARY_MAX - 1) + "…";
    }

    /** e.g. 2026年第3期. */
    public String seriesLabel() {
        return seriesYear + "年第" + seriesNumber + "期";
    }

    /** e.g. 宣传信息工作通报（2026年第3期）. */
    public String name() {
        return kind.getTitle() + "（" + seriesLabel() + "）";
    }

    public Long getId() {
        return id;
    }

    public ReportKind getKind() {
        return kind;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public int getSeriesYear() {
        return seriesYear;
    }

    public int getSeriesNumber() {
        return seriesNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getSummary() {
        return summary;
    }

    public Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }

    public Set<Long> getLeaderIds() {
        return Set.copyOf(leaderIds);
    }
}
