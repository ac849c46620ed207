package org.briefdesk.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.application.rhythm.WorkingCalendarService;
import org.briefdesk.application.rhythm.WorkingCalendarService.CalendarDayView;
import org.briefdesk.domain.model.calendar.DayKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/**
 * 工作日历 on the 定期通报与定时任务 page (administrators): one year's holidays and 调休 working days,
 * entered from the State Council's notice, which the periodic reports' first working day follows.
 */
@Named
@ViewScoped
public class WorkingCalendarBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkingCalendarService calendar;

    private int year;
    private List<CalendarDayView> days;
    private LocalDate from;
    private LocalDate to;
    private DayKind kind = DayKind.HOLIDAY;
    private String note;

    @PostConstruct
    void init() {
        year = calendar.thisYear();
    }

    /** Enters every day from {@code from} to {@code to} (a holiday is usually several days). */
    public void add() {
        if (from == null) {
            Pages.error(new BusinessRuleViolation("from", "请选择日期"));
            return;
        }
        LocalDate last = to == null ? from : to;
        if (last.isBefore(from) || last.isAfter(from.plusDays(30))) {
            Pages.error(new BusinessRuleViolation("to", "结束日期应在开始日期之后的30天内"));
            return;
        }
        try {
            int n = 0;
            for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
                calendar.set(currentUser.getActor(), d, kind, note);
                n++;
            }
            Pages.info("已登记" + n + "天：" + kind.getLabel());
            year = from.getYear();
            from = null;
            to = null;
            days = null;
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
            days = null;
        }
    }

    public void remove(LocalDate date) {
        calendar.remove(currentUser.getActor(), date);
        days = null;
        Pages.info("已删除" + date + "，按周一至周五计算");
    }

    public void showYear(int shown) {
        year = shown;
        days = null;
    }

    public List<CalendarDayView> getDays() {
        if (days == null) {
            days = calendar.year(currentUser.getActor(), year);
        }
        return days;
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public int getYear() {
        return year;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
