package org.briefdesk.interfaces.web.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.briefdesk.application.statistics.StatisticsReport;
import org.briefdesk.application.statistics.StatisticsService;
import org.briefdesk.application.statistics.UnitStatistics;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.model.scoring.Period;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.interfaces.web.CurrentUser;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The statistics page (统计报表): monthly, quarterly, half-year or annual statistics per unit, with
 * totals, the XLSX export and the 通报 in Word or PDF, and the two charts.
 */
@Named
@ViewScoped
public class StatisticsBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    StatisticsService statistics;

    private final PeriodChoice choice = new PeriodChoice(Period.Kind.MONTH, LocalDate.now(DistrictTime.ZONE));
    private StatisticsReport report;
    private List<UnitStatistics> rows;
    private String levelChart;
    private Long trendUnitId;
    private String trendChart;

    @PostConstruct
    void init() {
        load();
    }

    /** Recomputes the table and charts for the chosen period. */
    public void load() {
        report = statistics.report(currentUser.getActor(), choice.period());
        // A mutable copy: p:dataTable sorts the rows in place.
        rows = new ArrayList<>(report.rows());
        if (!currentUser.isOfficer()) {
            Map<OutletLevel, Long> byLevel = statistics.adoptionsByLevel(currentUser.getActor(), report.period());
            List<String> labels = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            byLevel.forEach((level, n) -> {
                labels.add(level.getLabel());
                values.add(n);
            });
            levelChart = Charts.pie(labels, values);
        }
        if (trendUnitId == null || rows.stream().noneMatch(r -> r.getUnitId().equals(trendUnitId))) {
            trendUnitId = rows.isEmpty() ? null : rows.get(0).getUnitId();
        }
        loadTrend();
    }

    /** The chosen unit's twelve months of the period's year. */
    public void loadTrend() {
        if (trendUnitId == null) {
            trendChart = null;
            return;
        }
        var points = statistics.trend(
                currentUser.getActor(), trendUnitId, report.period().from().getYear());
        trendChart = Charts.lines(
                points.stream().map(p -> p.month().getMonthValue() + "月").toList(),
                List.of("得分", "报送条数", "采用条次"),
                List.of(
                        points.stream().map(p -> p.score()).toList(),
                        points.stream().map(p -> p.submitted()).toList(),
                        points.stream().map(p -> p.adopted()).toList()));
    }

    public StreamedContent getXlsx() {
        return download(() -> statistics.workbook(currentUser.getActor(), report.period()));
    }

    public StreamedContent getDocx() {
        return download(() -> statistics.bulletin(currentUser.getActor(), report.period(), ExportFormat.DOCX));
    }

    public StreamedContent getPdf() {
        return download(() -> statistics.bulletin(currentUser.getActor(), report.period(), ExportFormat.PDF));
    }

    private static StreamedContent download(Supplier<StatisticsService.ReportFile> file) {
        StatisticsService.ReportFile f = file.get();
        return DefaultStreamedContent.builder().name(f.fileName()).contentType(f.mediaType()).stream(
                        () -> new ByteArrayInputStream(f.content()))
                .build();
    }

    public Period.Kind[] getKinds() {
        return new Period.Kind[] {Period.Kind.MONTH, Period.Kind.QUARTER, Period.Kind.HALF_YEAR, Period.Kind.YEAR};
    }

    public PeriodChoice getChoice() {
        return choice;
    }

    public StatisticsReport getReport() {
        return report;
    }

    public List<UnitStatistics> getRows() {
        return rows;
    }

    public String getLevelChart() {
        return levelChart;
    }

    public String getTrendChart() {
        return trendChart;
    }

    public Long getTrendUnitId() {
        return trendUnitId;
    }

    public void setTrendUnitId(Long trendUnitId) {
        this.trendUnitId = trendUnitId;
    }
}
