package org.briefdesk.interfaces.web.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.briefdesk.application.statistics.Ranking;
import org.briefdesk.application.statistics.StatisticsService;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.interfaces.web.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The half-year and annual evaluation (考核评比排名), with its XLSX and Word files. */
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

    /** The evaluation as an XLSX, as shown (考核评比-2026年.xlsx). */
    public StreamedContent getXlsx() {
        return download(statistics.rankingWorkbook(currentUser.getActor(), ranking.period()));
    }

    /** The evaluation as a Word document in the printed layout. */
    public StreamedContent getDocx() {
        return download(statistics.rankingDocument(currentUser.getActor(), ranking.period()));
    }

    private static StreamedContent download(StatisticsService.ReportFile f) {
        return DefaultStreamedContent.builder().name(f.fileName()).contentType(f.mediaType()).stream(
                        () -> new ByteArrayInputStream(f.content()))
                .build();
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
