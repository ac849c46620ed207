package org.briefdesk.infrastructure.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefdesk.application.statistics.Ranking;
import org.briefdesk.application.statistics.UnitStatistics;
import org.briefdesk.infrastructure.export.DocxBriefingWriter;
import org.briefdesk.infrastructure.export.EndBlock;
import org.briefdesk.infrastructure.export.PrintedEntry;
import org.briefdesk.infrastructure.export.PrintedIssue;
import org.briefdesk.infrastructure.export.PrintedSection;

/**
 * The half-year or annual evaluation (考核评比排名) as files the office circulates: an XLSX with one
 * block per list (numbers as numbers, so Excel can still sort), and a Word document in the printed
 * briefing layout, one table per list, written by the briefing's own writer.
 */
public final class RankingFiles {

    public static final String TITLE = "宣传信息工作考核评比";
    static final List<String> UNIT_HEADINGS = List.of("名次", "单位", "类别", "报送条数", "采用条次", "批示次数", "总分");
    static final List<String> OFFICER_HEADINGS = List.of("名次", "信息员", "单位", "报送条数", "采用条次", "批示次数", "总分");

    private RankingFiles() {}

    /** The lists in printed order, with their headings. */
    private static List<Block> blocks(Ranking r) {
        List<Block> out = new ArrayList<>();
        out.add(units("优秀工委（前3名）", r.gongwei()));
        out.add(units("优秀部门（前5名）", r.departments()));
        out.add(units("优秀街道、乡镇（前5名）", r.streets()));
        List<List<String>> officers = new ArrayList<>();
        officers.add(OFFICER_HEADINGS);
        for (Ranking.OfficerScore o : r.officers()) {
            officers.add(List.of(
                    String.valueOf(o.rank()),
                    o.name(),
                    o.unitName(),
                    String.valueOf(o.submitted()),
                    String.valueOf(o.adopted()),
                    String.valueOf(o.instructions()),
                    String.valueOf(o.score())));
        }
        out.add(new Block("优秀信息员（前5名）", officers));
        out.add(units("非重点网络单位工作突出", r.outstanding()));
        return out;
    }

    private static Block units(String heading, List<UnitStatistics> rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(UNIT_HEADINGS);
        for (UnitStatistics s : rows) {
            table.add(List.of(
                    String.valueOf(s.getRank()),
                    s.getUnitName(),
                    s.getKindLabel(),
                    String.valueOf(s.getSubmitted()),
                    String.valueOf(s.getAdoptedTotal()),
                    String.valueOf(s.getInstructions()),
                    String.valueOf(s.getScore())));
        }
        return new Block(heading, table);
    }

    public static byte[] workbook(Ranking ranking) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(ranking.period().label());
            XSSFCellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(TITLE + "（" + ranking.period().label() + "）");
            title.getCell(0).setCellStyle(bold);
            for (Block b : blocks(ranking)) {
                r++;
                Row heading = sheet.createRow(r++);
                heading.createCell(0).setCellValue(b.heading());
                heading.getCell(0).setCellStyle(bold);
                for (int i = 0; i < b.table().size(); i++) {
                    Row row = sheet.createRow(r++);
                    List<String> cells = b.table().get(i);
                    for (int c = 0; c < cells.size(); c++) {
                        String v = cells.get(c);
                        // Ranks and figures as numbers (columns 0 and 3..6); names as text.
                        if (i > 0 && (c == 0 || c >= 3)) {
                            row.createCell(c).setCellValue(Long.parseLong(v));
                        } else {
                            row.createCell(c).setCellValue(v);
                        }
                        if (i == 0) {
                            row.getCell(c).setCellStyle(bold);
                        }
                    }
                }
                if (b.table().size() == 1) {
                    sheet.createRow(r++).createCell(1).setCellValue("（无）");
                }
            }
            sheet.setColumnWidth(1, 24 * 256);
            sheet.setColumnWidth(2, 20 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(Ranking ranking, LocalDate today) {
        List<PrintedEntry> entries = new ArrayList<>();
        entries.add(new PrintedEntry(
                ranking.period().label() + "宣传信息工作考核评比结果",
                "<p>根据" + ranking.period().label() + "各单位报送、采用和领导批示情况，按计分规则评出以下优秀单位和优秀信息员，现予通报。</p>",
                List.of()));
        for (Block b : blocks(ranking)) {
            entries.add(new PrintedEntry(b.heading(), b.table().size() == 1 ? "<p>（无）</p>" : "", List.of(), b.table()));
        }
        return new DocxBriefingWriter()
                .write(PrintedIssue.builder(
                                TITLE,
                                1,
                                StatisticsBulletin.ISSUER,
                                today,
                                new EndBlock("区委、区人大、区政府、区政协领导", "区创建办各成员单位", "各工委、各部门、各街道、乡镇", null, 80))
                        .sections(List.of(new PrintedSection(null, entries)))
                        .build());
    }

    private record Block(String heading, List<List<String>> table) {}
}
