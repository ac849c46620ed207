package org.briefdesk.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.rhythm.OfficeDirectory;
import org.briefdesk.application.rhythm.RhythmSettingsService;
import org.briefdesk.application.scheduling.JobRunView;
import org.briefdesk.application.scheduling.SchedulingService;
import org.briefdesk.application.scheduling.SchedulingService.JobView;
import org.briefdesk.domain.model.report.ReportRecipients;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/**
 * 定期通报与定时任务 (administrators): whom the periodic reports go to, the weekly 普刊 day, the
 * scheduled jobs with the node holding each lease, and their recorded runs.
 */
@Named
@ViewScoped
public class RhythmBean implements Serializable {

    static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    @Inject
    CurrentUser currentUser;

    @Inject
    RhythmSettingsService settings;

    @Inject
    SchedulingService scheduling;

    private ReportRecipients unitRecipients;
    private List<Long> leaderIds = new ArrayList<>();
    private boolean mailReports;
    private DayOfWeek weeklyIssueDay;
    private List<OfficeDirectory.Person> leaders;
    private List<JobView> jobs;
    private List<JobRunView> runs;

    @PostConstruct
    void init() {
        var s = settings.settings(currentUser.getActor());
        unitRecipients = s.unitRecipients();
        leaderIds = new ArrayList<>(s.leaderIds());
        mailReports = s.mailReports();
        weeklyIssueDay = s.weeklyIssueDay();
        leaders = s.leaders();
    }

    public void save() {
        try {
            settings.change(currentUser.getActor(), unitRecipients, leaderIds, mailReports, weeklyIssueDay);
            Pages.info("已保存定期通报设置");
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        }
    }

    /** 立即运行到期任务: the timer's own work now, on this server. */
    public void runDue() {
        List<JobRunView> done = scheduling.runDueNow(currentUser.getActor());
        jobs = null;
        runs = null;
        Pages.info(done.isEmpty() ? "没有到期的任务" : "已运行" + done.size() + "项到期任务");
    }

    public List<JobView> getJobs() {
        if (jobs == null) {
            jobs = scheduling.jobs(currentUser.getActor());
        }
        return jobs;
    }

    public List<JobRunView> getRuns() {
        if (runs == null) {
            runs = scheduling.runs(currentUser.getActor(), null, 50);
        }
        return runs;
    }

    public ReportRecipients[] getRecipientChoices() {
        return ReportRecipients.values();
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public String weekday(DayOfWeek d) {
        return WEEKDAYS[d.getValue() - 1];
    }

    public List<OfficeDirectory.Person> getLeaders() {
        return leaders;
    }

    public ReportRecipients getUnitRecipients() {
        return unitRecipients;
    }

    public void setUnitRecipients(ReportRecipients unitRecipients) {
        this.unitRecipients = unitRecipients;
    }

    public List<Long> getLeaderIds() {
        return leaderIds;
    }

    public void setLeaderIds(List<Long> leaderIds) {
        this.leaderIds = leaderIds;
    }

    public boolean isMailReports() {
        return mailReports;
    }

    public void setMailReports(boolean mailReports) {
        this.mailReports = mailReports;
    }

    public DayOfWeek getWeeklyIssueDay() {
        return weeklyIssueDay;
    }

    public void setWeeklyIssueDay(DayOfWeek weeklyIssueDay) {
        this.weeklyIssueDay = weeklyIssueDay;
    }
}
