package org.briefdesk.infrastructure.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefdesk.application.statistics.StatisticsReport;
import org.briefdesk.application.statistics.UnitStatistics;

/**
 * The statistics table as an Excel workbook (统计表.xlsx), laid out like the sheet the office used to
 * keep by hand: a title, one row per unit in ranking order, a totals row and the scoring rules.
 * Numbers are written as numbers so the office can still sum and sort in Excel.
 */
public final class StatisticsWorkbook {

    /** The column headings, in order; the XLSX test reads them back. */
    public static final List<String> HEADINGS = List.of(
            "名次", "单位", "类别", "重点单位", "报送条数", "报送分", "区级全文", "区级综合", "市级全文", "市级综合", "国家级全文", "国家级综合", "采用分", "批示次数",
            "批示分", "总分", "周报送达标", "约稿按时", "约稿逾期", "约稿未报", "正面信息", "负面信息", "预警信息", "敏感信息");

    private static final List<ToLongFunction<UnitStatistics>> NUMBERS = List.of(
            UnitStatistics::getSubmitted,
            UnitStatistics::getSubmissionPoints,
            UnitStatistics::getDistrictFull,
            UnitStatistics::getDistrictCombined,
            UnitStatistics::getCityFull,
            UnitStatistics::getCityCombined,
            UnitStatistics::getNationalFull,
            UnitStatistics::getNationalCombined,
            UnitStatistics::getAdoptionPoints,
            UnitStatistics::getInstructions,
            UnitStatistics::getInstructionPoints,
            UnitStatistics::getScore);

    private StatisticsWorkbook() {}

    public static byte[] write(String title, StatisticsReport report) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(report.period().label());
            CellStyle titleStyle = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            titleStyle.setFont(big);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle head = boxed(wb, true);
            CellStyle body = boxed(wb, false);

            Row t = sheet.createRow(0);
            Cell tc = t.createCell(0);
            tc.setCellValue(title + "（" + report.period().label() + "）");
            tc.setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADINGS.size() - 1));

            Row h = sheet.createRow(1);
            for (int c = 0; c < HEADINGS.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(HEADINGS.get(c));
                cell.setCellStyle(head);
            }
            int r = 2;
            for (UnitStatistics s : report.rows()) {
                writeRow(sheet.createRow(r++), s, body);
            }
            writeRow(sheet.createRow(r++), report.totals(), head);
            Row rules = sheet.createRow(r + 1);
            rules.createCell(0).setCellValue("计分规则：" + report.rules());
            sheet.setColumnWidth(1, 24 * 256);
            for (int c = 2; c < HEADINGS.size(); c++) {
                sheet.setColumnWidth(c, 11 * 256);
            }
            sheet.createFreezePane(2, 2);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, UnitStatistics s, CellStyle style) {
        int c = 0;
        // The rank is a number so that the sheet sorts by it; the totals line has none.
        if (s.getUnitId() == null) {
            text(row, c++, "", style);
        } else {
            Cell rank = row.createCell(c++);
            rank.setCellValue(s.getRank());
            rank.setCellStyle(style);
        }
        text(row, c++, s.getUnitName(), style);
        text(row, c++, s.getKindLabel(), style);
        text(row, c++, s.getUnitId() == null ? "" : s.isKeyUnit() ? "是" : "否", style);
        for (ToLongFunction<UnitStatistics> f : NUMBERS) {
            Cell cell = row.createCell(c++);
            cell.setCellValue(f.applyAsLong(s));
            cell.setCellStyle(style);
        }
        text(row, c++, s.getQuotaText(), style);
        for (long n : new long[] {
            s.getAnswered(),
            s.getLate(),
            s.getMissed(),
            s.getPositive(),
            s.getNegative(),
            s.getEarlyWarnings(),
            s.getSensitive()
        }) {
            Cell cell = row.createCell(c++);
            cell.setCellValue(n);
            cell.setCellStyle(style);
        }
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle boxed(XSSFWorkbook wb, boolean bold) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setAlignment(HorizontalAlignment.CENTER);
        if (bold) {
            Font f = wb.createFont();
            f.setBold(true);
            s.setFont(f);
        }
        return s;
    }
}
