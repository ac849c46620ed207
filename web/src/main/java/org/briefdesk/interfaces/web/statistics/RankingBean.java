package org.briefdesk.interfaces.web.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.briefdesk.application.statistics.Ranking;
import org.briefdesk.application.statistics.StatisticsService;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.interfaces.web.CurrentUser;

/** The half-year and annual evaluation (考核评比排名). */
@Named
@ViewScoped
public class RankingBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    StatisticsService statistics;

    private final PeriodChoice choice = new PeriodChoice(Period.Kind.YEAR, LocalDate.now(DistrictTime.ZONE));
    private Ranking ranking;

    @PostConstruct
    void init() {
        load();
    }

    public void load() {
        ranking = statistics.ranking(currentUser.getActor(), choice.period());
    }

    public Period.Kind[] getKinds() {
        return new Period.Kind[] {Period.Kind.HALF_YEAR, Period.Kind.YEAR, Period.Kind.QUARTER};
    }

    public PeriodChoice getChoice() {
        return choice;
    }

    public Ranking getRanking() {
        return ranking;
    }
}
