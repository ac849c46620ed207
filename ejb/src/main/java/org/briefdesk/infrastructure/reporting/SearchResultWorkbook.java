package org.briefdesk.infrastructure.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefdesk.application.search.SearchResultDocuments;
import org.briefdesk.search.query.SearchHit;
import org.briefdesk.search.query.SearchResult;

/** A result list as an XLSX sheet through POI: the heading row, then one row per hit. */
@ApplicationScoped
public class SearchResultWorkbook implements SearchResultDocuments {

    /** The column headings, in order; the export test reads them back. */
    public static final List<String> HEADINGS = List.of("序号", "标题", "单位", "日期", "编号");

    @Override
    public byte[] workbook(String heading, SearchResult result) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("检索结果");
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(heading);
            title.setCellStyle(bold);
            Row head = sheet.createRow(1);
            for (int i = 0; i < HEADINGS.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(HEADINGS.get(i));
                c.setCellStyle(bold);
            }
            int r = 2;
            for (SearchHit h : result.hits()) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 1);
                row.createCell(1).setCellValue(h.title());
                row.createCell(2).setCellValue(h.unit() == null ? "" : h.unit());
                row.createCell(3).setCellValue(h.date() == null ? "" : h.date().toString());
                row.createCell(4).setCellValue(h.id());
                r++;
            }
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 20 * 256);
            sheet.setColumnWidth(3, 12 * 256);
            sheet.setColumnWidth(4, 10 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
