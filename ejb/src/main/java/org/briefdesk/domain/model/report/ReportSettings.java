package org.briefdesk.domain.model.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * The office's settings for its rhythm (定期通报设置), one row: which units and which leaders the
 * periodic reports go to, whether they are also mailed, and the weekday by which the week's 普刊
 * should be out (an editor is reminded after it).
 */
@Entity
@Table(name = "report_settings")
public class ReportSettings {

    public static final long ID = 1;

    @Id
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_recipients", nullable = false, length = 20)
    private ReportRecipients unitRecipients;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_settings_leader", joinColumns = @JoinColumn(name = "settings_id"))
    @Column(name = "account_id")
    private Set<Long> leaderIds = new LinkedHashSet<>();

    @Column(name = "mail_reports", nullable = false)
    private boolean mailReports;

    @Column(name = "weekly_issue_day", nullable = false)
    private int weeklyIssueDay;

    protected ReportSettings() {}

    public void change(
            ReportRecipients unitRecipients,
            Collection<Long> leaderIds,
            boolean mailReports,
            DayOfWeek weeklyIssueDay) {
        if (unitRecipients == null) {
            throw new BusinessRuleViolation("unitRecipients", "请选择通报印发的单位范围");
        }
        if (weeklyIssueDay == null) {
            throw new BusinessRuleViolation("weeklyIssueDay", "请选择普刊的每周出刊日");
        }
        this.unitRecipients = unitRecipients;
        this.leaderIds.clear();
        this.leaderIds.addAll(leaderIds);
        this.mailReports = mailReports;
        this.weeklyIssueDay = weeklyIssueDay.getValue();
    }

    public ReportRecipients getUnitRecipients() {
        return unitRecipients;
    }

    public Set<Long> getLeaderIds() {
        return Set.copyOf(leaderIds);
    }

    public boolean isMailReports() {
        return mailReports;
    }

    public DayOfWeek getWeeklyIssueDay() {
        return DayOfWeek.of(weeklyIssueDay);
    }

    public long getVersion() {
        return version;
    }
}
