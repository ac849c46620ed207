package org.briefdesk.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * How pages show times and statuses (#{fmt…}). Times are stored as instants and always shown in
 * Beijing time, whatever the server's or the browser's zone.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DistrictTime.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** An instant as yyyy-MM-dd HH:mm in Asia/Shanghai; empty for none (e.g. a draft's submission). */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String date(TemporalAccessor date) {
        return date == null ? "" : DATE.format(date);
    }

    /** As printed on a briefing: 2026年11月27日, without leading zeros. */
    public String chineseDate(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** The p:tag severity of a status: waiting and returned ask for attention, the rest is plain. */
    public String severity(ItemStatus status) {
        return switch (status) {
            case SUBMITTED -> "warning";
            case RETURNED -> "danger";
            case ACCEPTED, PUBLISHED -> "success";
            case DRAFT, WITHDRAWN, REJECTED, ARCHIVED -> "info";
        };
    }
}
