package org.briefdesk.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.briefdesk.application.rhythm.WorkingCalendarService;
import org.briefdesk.application.rhythm.WorkingCalendarService.CalendarDayView;
import org.briefdesk.application.scheduling.JobRunView;
import org.briefdesk.application.scheduling.SchedulingService;
import org.briefdesk.application.scheduling.SchedulingService.ClockView;
import org.briefdesk.application.scheduling.SchedulingService.JobView;
import org.briefdesk.domain.model.calendar.DayKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;

/**
 * Scheduled work for administrators and operators (定时任务): the jobs with their lease holders, the
 * recorded runs and the working calendar (工作日历) the periodic reports follow. The clock resource answers only on a server started with the test-only property
 * briefdesk.test.clock=true (elsewhere 403 problem+json): a cluster test moves each node's clock to a
 * Monday 08:00 and watches which node's timer does the week's work.
 */
@Path("/scheduling")
@Produces(MediaType.APPLICATION_JSON)
public class SchedulingResource {

    @Inject
    SchedulingService scheduling;

    @Inject
    WorkingCalendarService calendar;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/jobs")
    public List<JobView> jobs() {
        return scheduling.jobs(currentUser.getActor());
    }

    @GET
    @Path("/runs")
    public List<JobRunView> runs(@QueryParam("job") String job, @QueryParam("limit") Integer limit) {
        return scheduling.runs(currentUser.getActor(), job, limit == null ? 100 : limit);
    }

    @GET
    @Path("/clock")
    public ClockView clock() {
        return scheduling.clock(currentUser.getActor());
    }

    /** {"now":"2026-11-02T08:30:00+08:00"}: the clock reads that at once and runs on from there. */
    @PUT
    @Path("/clock")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClockView moveClock(ClockSetting setting) {
        var actor = currentUser.getActor();
        scheduling.clock(actor);
        if (setting == null || setting.now() == null || setting.now().isBlank()) {
            throw new BusinessRuleViolation("now", "请给出时刻，如 {\"now\":\"2026-11-02T08:30:00+08:00\"}");
        }
        OffsetDateTime now;
        try {
            now = OffsetDateTime.parse(setting.now().strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BusinessRuleViolation("now", "时刻格式有误，应如 2026-11-02T08:30:00+08:00");
        }
        return scheduling.moveClock(actor, now.toInstant());
    }

    @DELETE
    @Path("/clock")
    public ClockView resetClock() {
        return scheduling.resetClock(currentUser.getActor());
    }

    /** 工作日历: one year's holidays and 调休 working days, by date (this year when none is given). */
    @GET
    @Path("/calendar")
    public List<CalendarDayView> calendar(@QueryParam("year") Integer year) {
        return calendar.year(currentUser.getActor(), year == null ? calendar.thisYear() : year);
    }

    /** {"date":"2026-10-01","kind":"HOLIDAY","note":"国庆节"} (kind HOLIDAY or WORKDAY); replaces that day's entry. */
    @PUT
    @Path("/calendar")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarDayView enter(CalendarEntry entry) {
        var actor = currentUser.getActor();
        calendar.requireKeeper(actor);
        if (entry == null || entry.date() == null || entry.date().isBlank()) {
            throw new BusinessRuleViolation("date", "请给出日期，如 {\"date\":\"2026-10-01\",\"kind\":\"HOLIDAY\"}");
        }
        DayKind kind;
        try {
            kind = DayKind.valueOf(entry.kind() == null ? "" : entry.kind().strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("kind", "类型应为 HOLIDAY（放假）或 WORKDAY（调休上班）");
        }
        return calendar.set(actor, Dates.parse(entry.date(), "date"), kind, entry.note());
    }

    /** The day is counted Monday-to-Friday again. */
    @DELETE
    @Path("/calendar")
    public void forget(@QueryParam("date") String date) {
        var actor = currentUser.getActor();
        calendar.requireKeeper(actor);
        if (date == null || date.isBlank()) {
            throw new BusinessRuleViolation("date", "请给出日期，如 ?date=2026-10-01");
        }
        calendar.remove(actor, Dates.parse(date, "date"));
    }

    public record ClockSetting(String now) {}

    public record CalendarEntry(String date, String kind, String note) {}
}
