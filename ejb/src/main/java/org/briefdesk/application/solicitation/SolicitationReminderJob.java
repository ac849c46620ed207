package org.briefdesk.application.solicitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.briefdesk.application.scheduling.ScheduledJob;

/** Deadline reminders every half hour (约稿到期提醒), once per cluster; each half hour is one period. */
@ApplicationScoped
public class SolicitationReminderJob implements ScheduledJob {

    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    SolicitationReminders reminders;

    @Override
    public String name() {
        return "solicitation-reminders";
    }

    @Override
    public String title() {
        return "约稿到期提醒（每半小时）";
    }

    @Override
    public Optional<String> duePeriod(ZonedDateTime now) {
        ZonedDateTime slot =
                now.withMinute(now.getMinute() < 30 ? 0 : 30).withSecond(0).withNano(0);
        return Optional.of(SLOT.format(slot));
    }

    @Override
    public String run(String period, ZonedDateTime now) {
        return "提醒了" + reminders.sendDueReminders() + "个单位，" + reminders.sendOverdueNotices() + "个单位逾期";
    }
}
