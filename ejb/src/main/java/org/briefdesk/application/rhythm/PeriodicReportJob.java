package org.briefdesk.application.rhythm;

import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.briefdesk.application.scheduling.ScheduledJob;
import org.briefdesk.domain.model.report.ReportKind;
import org.briefdesk.domain.model.scoring.Period;

/**
 * Issues one kind of periodic report on the first working day after its period ({@link
 * ReportKind#duePeriod}); the subclasses only name the kind.
 */
abstract class PeriodicReportJob implements ScheduledJob {

    @Inject
    PeriodicReportService reports;

    @Inject
    WorkingCalendarService calendar;

    abstract ReportKind kind();

    @Override
    public String title() {
        return kind().getLabel() + "（每期首个工作日）";
    }

    @Override
    public Optional<String> duePeriod(ZonedDateTime now) {
        return due(now).map(ReportKind::key);
    }

    @Override
    public String run(String period, ZonedDateTime now) {
        Period p = due(now).filter(d -> ReportKind.key(d).equals(period))
                .orElseThrow(() -> new IllegalStateException("period " + period + " is no longer due"));
        long id = reports.generate(kind(), p, now);
        int mails = reports.mail(id);
        return "已印发" + p.label() + kind().getLabel() + "，邮件" + mails + "封";
    }

    /** The period due by the office's working calendar (holidays and 调休 included). */
    private Optional<Period> due(ZonedDateTime now) {
        return kind().duePeriod(now.toLocalDateTime(), calendar.around(YearMonth.from(now)));
    }
}
