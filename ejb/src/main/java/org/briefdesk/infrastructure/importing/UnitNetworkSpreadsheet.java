package org.briefdesk.infrastructure.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefdesk.application.unit.UnitNetwork;
import org.briefdesk.application.unit.UnitNetwork.OfficerRow;
import org.briefdesk.application.unit.UnitNetwork.RowProblem;
import org.briefdesk.application.unit.UnitNetwork.UnitRow;
import org.briefdesk.application.unit.UnitNetworkFile;

/**
 * The unit network's spreadsheet: an XLSX workbook with the sheets 单位 and 信息员, or a CSV file of
 * either sheet (recognised by its heading row) in UTF-8, with or without BOM, or in GBK as Excel
 * saves it on Chinese Windows. Columns are found by their Chinese headings, in any order.
 */
@ApplicationScoped
public class UnitNetworkSpreadsheet implements UnitNetworkFile {

    static final String UNITS = "单位";
    static final String OFFICERS = "信息员";
    private static final int MAX_ROWS = 5_000;
    private static final Charset GBK = Charset.forName("GBK");

    @Override
    public UnitNetwork read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        Tables t = new Tables();
        if (content == null || content.length == 0) {
            t.problems.add(new RowProblem(fileName, 0, "文件是空的"));
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            readCsv(fileName, content, t);
        } else if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            readWorkbook(fileName, content, t);
        } else {
            t.problems.add(new RowProblem(fileName, 0, "只能导入 .xlsx 或 .csv 文件"));
        }
        return new UnitNetwork(t.units, t.officers, t.problems);
    }

    @Override
    public byte[] write(UnitNetwork network) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            Sheet units = sheet(wb, UNITS, UnitNetwork.UNIT_HEADINGS, head);
            int r = 1;
            for (UnitRow u : network.units()) {
                cells(units.createRow(r++), u.name(), u.shortName(), u.kind(), u.parent(), u.keyUnit(), u.leader());
            }
            Sheet officers = sheet(wb, OFFICERS, UnitNetwork.OFFICER_HEADINGS, head);
            r = 1;
            for (OfficerRow o : network.officers()) {
                cells(officers.createRow(r++), o.name(), o.login(), o.unit(), o.email(), o.phone());
            }
            units.setColumnWidth(0, 40 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(Workbook wb, String name, List<String> headings, CellStyle head) {
        Sheet s = wb.createSheet(name);
        Row h = s.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(headings.get(c));
            cell.setCellStyle(head);
            s.setColumnWidth(c, Math.max(s.getColumnWidth(c), 16 * 256));
        }
        return s;
    }

    private static void cells(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c] == null ? "" : values[c]);
        }
    }

    // ---- reading

    /** The rows read so far and what could not be read. */
    private static final class Tables {
        final List<UnitRow> units = new ArrayList<>();
        final List<OfficerRow> officers = new ArrayList<>();
        final List<RowProblem> problems = new ArrayList<>();
    }

    private static void readWorkbook(String fileName, byte[] content, Tables t) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            DataFormatter format = new DataFormatter(Locale.CHINA);
            boolean found = false;
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= Math.min(sheet.getLastRowNum(), MAX_ROWS); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : format.formatCellValue(cell));
                        }
                    }
                    rows.add(cells);
                }
                found |= table(sheet.getSheetName(), rows, t);
            }
            if (!found) {
                t.problems.add(new RowProblem(fileName, 0, "没有找到“单位”或“信息员”表（第一行须为表头，如 单位名称、类别 或 姓名、登录名）"));
            }
        } catch (IOException | RuntimeException e) {
            t.problems.add(new RowProblem(fileName, 0, "无法读取该Excel文件，请确认是 .xlsx 格式且未损坏"));
        }
    }

    private static void readCsv(String fileName, byte[] content, Tables t) {
        String text = decode(content);
        if (text == null) {
            t.problems.add(new RowProblem(fileName, 0, "文件编码无法识别，请另存为 UTF-8 或 GBK 编码的 CSV"));
            return;
        }
        if (!table(fileName, Csv.parse(text, MAX_ROWS), t)) {
            t.problems.add(new RowProblem(fileName, 1, "第一行须为表头：单位表含“单位名称、类别”，信息员表含“姓名、登录名、所属单位”"));
        }
    }

    /** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else GBK; null when neither decodes. */
    static String decode(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xff) == 0xef
                        && (content[1] & 0xff) == 0xbb
                        && (content[2] & 0xff) == 0xbf
                ? 3
                : 0;
        for (Charset cs : List.of(StandardCharsets.UTF_8, GBK)) {
            try {
                return cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content, start, content.length - start))
                        .toString();
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        return null;
    }

    /** Reads one table by its heading row; false when the headings are neither sheet's. */
    private static boolean table(String sheet, List<List<String>> rows, Tables t) {
        if (rows.isEmpty()) {
            return false;
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> head = rows.get(0);
        for (int c = 0; c < head.size(); c++) {
            col.putIfAbsent(head.get(c).strip(), c);
        }
        boolean units = col.containsKey("单位名称") && col.containsKey("类别");
        boolean officers = col.containsKey("登录名") && col.containsKey("姓名");
        if (!units && !officers) {
            return false;
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = r + 1;
            if (units) {
                t.units.add(new UnitRow(
                        sheet,
                        line,
                        cell(cells, col, "单位名称"),
                        cell(cells, col, "简称"),
                        cell(cells, col, "类别"),
                        cell(cells, col, "上级工委"),
                        cell(cells, col, "重点网络单位"),
                        cell(cells, col, "分管领导")));
            } else {
                t.officers.add(new OfficerRow(
                        sheet,
                        line,
                        cell(cells, col, "姓名"),
                        cell(cells, col, "登录名"),
                        cell(cells, col, "所属单位"),
                        cell(cells, col, "电子邮箱"),
                        cell(cells, col, "电话")));
            }
        }
        return true;
    }

    private static String cell(List<String> cells, Map<String, Integer> col, String heading) {
        Integer c = col.get(heading);
        return c == null || c >= cells.size() ? "" : cells.get(c).strip();
    }
}
