package org.briefdesk.application.rhythm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import org.briefdesk.application.notice.MailRelay;
import org.briefdesk.application.scheduling.ScheduledJob;
import org.briefdesk.domain.model.scoring.Period;

/**
 * Monday's quota check (周报送定额提醒): from Monday 08:00, key units that sent fewer items last week
 * than the quota they owed that week (quotas are effective-dated) get an in-app notice, and their
 * officers with an address a mail. The period is last week, so a late start still reminds once.
 */
@ApplicationScoped
public class QuotaReminderJob implements ScheduledJob {

    static final LocalTime AT = LocalTime.of(8, 0);

    @Inject
    RhythmReminders reminders;

    @Inject
    OfficeDirectory directory;

    @Inject
    MailRelay mail;

    @Override
    public String name() {
        return "quota-reminders";
    }

    @Override
    public String title() {
        return "每周一报送定额提醒";
    }

    @Override
    public Optional<String> duePeriod(ZonedDateTime now) {
        Period thisWeek = Period.weekOf(now.toLocalDate());
        if (now.toLocalDateTime().isBefore(thisWeek.from().atTime(AT))) {
            return Optional.empty();
        }
        return Optional.of(Weeks.key(thisWeek.from().minusWeeks(1)));
    }

    @Override
    public String run(String period, ZonedDateTime now) {
        Period week = Period.weekOf(mondayOf(period));
        var reminded = reminders.remindQuota(week);
        int mails = 0;
        if (mail.available()) {
            for (var r : reminded) {
                for (var officer : directory.mailableOfficers(List.of(r.unitId()))) {
                    if (mail.send(
                            officer.email(), "【简报台】每周报送提醒", officer.name() + "：\n\n" + r.text() + "\n", List.of())) {
                        mails++;
                    }
                }
            }
        }
        return "提醒了" + reminded.size() + "个未达标的重点单位，发出邮件" + mails + "封";
    }

    private static LocalDate mondayOf(String isoWeek) {
        int year = Integer.parseInt(isoWeek.substring(0, 4));
        int week = Integer.parseInt(isoWeek.substring(6));
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(DayOfWeek.MONDAY);
    }
}
