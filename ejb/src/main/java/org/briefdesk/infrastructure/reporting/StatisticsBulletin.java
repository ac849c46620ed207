package org.briefdesk.infrastructure.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.statistics.StatisticsReport;
import org.briefdesk.application.statistics.UnitStatistics;
import org.briefdesk.infrastructure.export.DocxBriefingWriter;
import org.briefdesk.infrastructure.export.EndBlock;
import org.briefdesk.infrastructure.export.PdfBriefingWriter;
import org.briefdesk.infrastructure.export.PrintedEntry;
import org.briefdesk.infrastructure.export.PrintedIssue;
import org.briefdesk.infrastructure.export.PrintedSection;

/**
 * The statistics bulletin (通报) in the printed briefing layout: a short summary and the ranking
 * table, written by the briefing's own Word and PDF writers so it looks like every other issue.
 */
public final class StatisticsBulletin {

    public static final String TITLE = "宣传信息工作通报";
    public static final String ISSUER = "海淀区创建首都文明区工作领导小组办公室";

    private StatisticsBulletin() {}

    public static PrintedIssue issue(StatisticsReport report, LocalDate today) {
        return issue(report, today, TITLE, Math.max(1, report.period().from().getMonthValue()));
    }

    /** The 通报 under {@code title} as number {@code number} of its series (a periodic report). */
    public static PrintedIssue issue(StatisticsReport report, LocalDate today, String title, int number) {
        UnitStatistics t = report.totals();
        StringBuilder body = new StringBuilder();
        body.append("<p>")
                .append(report.period().label())
                .append("，全区各工委、各部门、各街乡镇共报送信息")
                .append(t.getSubmitted())
                .append("条，被各级刊物和媒体采用")
                .append(t.getAdoptedTotal())
                .append("条次（区级")
                .append(t.getDistrictFull() + t.getDistrictCombined())
                .append("条次、市级")
                .append(t.getCityFull() + t.getCityCombined())
                .append("条次、国家级")
                .append(t.getNationalFull() + t.getNationalCombined())
                .append("条次），获领导批示")
                .append(t.getInstructions())
                .append("次。现将各单位得分情况通报如下。</p>");
        List<UnitStatistics> leaders = report.rows().stream()
                .filter(r -> r.getScore() > 0 && r.getRank() <= 3)
                .toList();
        if (!leaders.isEmpty()) {
            body.append("<p>本期得分居前的单位是：");
            for (int i = 0; i < leaders.size(); i++) {
                body.append(i == 0 ? "" : "、")
                        .append(leaders.get(i).getUnitName())
                        .append("（")
                        .append(leaders.get(i).getScore())
                        .append("分）");
            }
            body.append("。</p>");
        }
        long shortWeeks = report.rows().stream()
                .filter(UnitStatistics::isKeyUnit)
                .filter(r -> r.getQuotaWeeksMet() < r.getQuotaWeeks())
                .count();
        if (shortWeeks > 0) {
            body.append("<p>有").append(shortWeeks).append("个重点网络单位未能完成每周报送任务，请抓紧改进。</p>");
        }
        body.append("<p>计分规则：").append(report.rules()).append("</p>");
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("名次", "单位", "报送", "区级采用", "市级采用", "国家级采用", "批示", "得分", "周达标"));
        for (UnitStatistics r : report.rows()) {
            table.add(List.of(
                    String.valueOf(r.getRank()),
                    r.getUnitName(),
                    String.valueOf(r.getSubmitted()),
                    String.valueOf(r.getDistrictFull() + r.getDistrictCombined()),
                    String.valueOf(r.getCityFull() + r.getCityCombined()),
                    String.valueOf(r.getNationalFull() + r.getNationalCombined()),
                    String.valueOf(r.getInstructions()),
                    String.valueOf(r.getScore()),
                    r.getQuotaText()));
        }
        PrintedEntry entry = new PrintedEntry(report.period().label() + "宣传信息采用情况", body.toString(), List.of(), table);
        return PrintedIssue.builder(
                        title,
                        number,
                        ISSUER,
                        today,
                        new EndBlock("区委、区人大、区政府、区政协领导", "区创建办各成员单位", "各工委、各部门、各街道、乡镇", null, 80))
                .sections(List.of(new PrintedSection(null, List.of(entry))))
                .build();
    }

    public static byte[] docx(StatisticsReport report, LocalDate today) {
        return new DocxBriefingWriter().write(issue(report, today));
    }

    /** @throws org.briefdesk.infrastructure.export.FontsUnavailable when the server has no Chinese fonts */
    public static byte[] pdf(StatisticsReport report, LocalDate today) {
        return new PdfBriefingWriter().write(issue(report, today));
    }
}
