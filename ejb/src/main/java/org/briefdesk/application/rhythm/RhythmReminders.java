package org.briefdesk.application.rhythm;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.statistics.StatisticsService;
import org.briefdesk.application.statistics.StatisticsService.QuotaShortfall;
import org.briefdesk.domain.model.report.PeriodicReportRepository;
import org.briefdesk.domain.model.scoring.Period;

/**
 * The reminders of the office's week, each in one transaction: the Monday notice to key units that
 * fell behind their quota the week before, and the notice to editors when the week's 普刊 is not out
 * by the office's weekly day. Mail follows outside, from the jobs.
 */
@Stateless
public class RhythmReminders {

    static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    @Inject
    StatisticsService statistics;

    @Inject
    NoticeService notices;

    @Inject
    OfficeDirectory directory;

    @Inject
    PeriodicReportRepository reports;

    /** Reminds every key unit behind its quota in {@code week}; returns them with the text sent. */
    public List<Reminded> remindQuota(Period week) {
        List<QuotaShortfall> behind = statistics.shortfalls(week.from());
        return behind.stream()
                .map(s -> {
                    String text =
                            "上周（" + week.label() + "）贵单位报送信息" + s.submitted() + "条，低于每周" + s.quota() + "条的要求，请本周抓紧报送。";
                    notices.toUnit(s.unitId(), text, "/officer/home.xhtml");
                    return new Reminded(s.unitId(), s.unitName(), text);
                })
                .toList();
    }

    public record Reminded(long unitId, String unitName, String text) {}

    /** The weekday by which the office expects the week's 普刊. */
    public DayOfWeek weeklyIssueDay() {
        return reports.settings().getWeeklyIssueDay();
    }

    /**
     * When no 普刊 has been published since Monday of {@code now}'s week, a notice to every editor;
     * returns the text sent, or null when the 普刊 is out.
     */
    public String remindIssue(ZonedDateTime now) {
        LocalDate monday = Period.weekOf(now.toLocalDate()).from();
        Period week = Period.weekOf(monday);
        if (directory.regularIssuesPublished(week.start(), now.toInstant()) > 0) {
            return null;
        }
        String text = "本周（" + week.label() + "）普刊尚未印发（本办出刊日为"
                + WEEKDAYS[weeklyIssueDay().getValue() - 1] + "），请及时编辑印发。";
        directory.editors().forEach(e -> notices.toAccount(e.accountId(), text, "/editor/issues.xhtml"));
        return text;
    }
}
