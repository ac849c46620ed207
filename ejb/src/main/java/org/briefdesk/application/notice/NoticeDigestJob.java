package org.briefdesk.application.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.briefdesk.application.scheduling.ScheduledJob;

/** The daily digest (每日提醒汇总) from 08:00 each day, once per cluster; each day is one period. */
@ApplicationScoped
public class NoticeDigestJob implements ScheduledJob {

    static final int HOUR = 8;

    @Inject
    NoticeDigest digest;

    @Override
    public String name() {
        return "notice-digest";
    }

    @Override
    public String title() {
        return "每日提醒汇总邮件（每天8点）";
    }

    @Override
    public Optional<String> duePeriod(ZonedDateTime now) {
        return now.getHour() >= HOUR ? Optional.of(now.toLocalDate().toString()) : Optional.empty();
    }

    @Override
    public String run(String period, ZonedDateTime now) {
        return "发出" + digest.sendDigests() + "封汇总邮件";
    }
}
