package org.briefdesk.application.rhythm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.briefdesk.application.notice.MailRelay;
import org.briefdesk.application.scheduling.ScheduledJob;
import org.briefdesk.domain.model.scoring.Period;

/**
 * The 普刊 check (普刊出刊提醒): from 17:00 of the office's weekly issue day (a setting), when no
 * 普刊 has been published that week, every editor gets a notice (and a mail when they have an
 * address). Once per week, whether or not anyone was reminded.
 */
@ApplicationScoped
public class WeeklyIssueReminderJob implements ScheduledJob {

    static final LocalTime AT = LocalTime.of(17, 0);

    @Inject
    RhythmReminders reminders;

    @Inject
    OfficeDirectory directory;

    @Inject
    MailRelay mail;

    @Override
    public String name() {
        return "weekly-issue-reminder";
    }

    @Override
    public String title() {
        return "普刊出刊提醒";
    }

    @Override
    public Optional<String> duePeriod(ZonedDateTime now) {
        Period week = Period.weekOf(now.toLocalDate());
        var dueAt =
                week.from().plusDays(reminders.weeklyIssueDay().getValue() - 1L).atTime(AT);
        return now.toLocalDateTime().isBefore(dueAt) ? Optional.empty() : Optional.of(Weeks.key(week.from()));
    }

    @Override
    public String run(String period, ZonedDateTime now) {
        String text = reminders.remindIssue(now);
        if (text == null) {
            return "本周普刊已印发，无需提醒";
        }
        int mails = 0;
        if (mail.available()) {
            for (var editor : directory.editors()) {
                if (editor.email() != null
                        && mail.send(editor.email(), "【简报台】普刊出刊提醒", editor.name() + "：\n\n" + text + "\n", List.of())) {
                    mails++;
                }
            }
        }
        return "已提醒编辑：" + text + "（邮件" + mails + "封）";
    }
}
