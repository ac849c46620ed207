package org.briefdesk.interfaces.web.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.application.statistics.StatisticsService;
import org.briefdesk.application.statistics.StatisticsService.QuotaShortfall;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/** The weekly quota board (周报送督促): key units below 2 items in a week, with a reminder action. */
@Named
@ViewScoped
public class QuotaBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    StatisticsService statistics;

    private LocalDate day = LocalDate.now(DistrictTime.ZONE);
    private List<QuotaShortfall> shortfalls;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        if (day == null) {
            day = LocalDate.now(DistrictTime.ZONE);
        }
        shortfalls = statistics.quotaBoard(currentUser.getActor(), day);
    }

    public void previousWeek() {
        day = day.minusWeeks(1);
        load();
    }

    public void nextWeek() {
        day = day.plusWeeks(1);
        load();
    }

    public void remind(QuotaShortfall s) {
        statistics.remindQuota(currentUser.getActor(), s.unitId(), day);
        Pages.info("已提醒" + s.unitName() + "抓紧报送");
    }

    /** 全部提醒: one notice to every unit on the board. */
    public void remindAll() {
        int n = statistics.remindAllBelowQuota(currentUser.getActor(), day);
        Pages.info(n == 0 ? "本周没有需要提醒的单位" : "已提醒" + n + "个未达标单位");
    }

    public String getWeekLabel() {
        return Period.weekOf(day).label();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<QuotaShortfall> getShortfalls() {
        return shortfalls;
    }
}
