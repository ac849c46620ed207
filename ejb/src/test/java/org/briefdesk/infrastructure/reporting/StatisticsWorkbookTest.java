package org.briefdesk.infrastructure.reporting;

import static org.briefdesk.application.statistics.StatisticsRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefdesk.application.statistics.StatisticsReport;
import org.briefdesk.application.statistics.StatisticsRows;
import org.briefdesk.application.statistics.UnitStatistics;
import org.briefdesk.domain.model.scoring.Period;
import org.junit.jupiter.api.Test;

class StatisticsWorkbookTest {

    @Test
    void theRankIsANumberAndUnitsWithEqualPointsShareIt() throws IOException {
        List<UnitStatistics> rows = StatisticsRows.ranked(List.of(
                row(1, "学院路街道", "街乡镇", true, 12, 3, 1, 1, 3, 4),
                row(2, "区城管委", "部门", true, 2, 0, 0, 0, 1, 4),
                row(3, "温泉镇", "街乡镇", false, 2, 0, 0, 0, 0, 0),
                row(4, "海淀街道", "街乡镇", true, 0, 0, 0, 0, 0, 4)));
        StatisticsReport report =
                new StatisticsReport(Period.month(YearMonth.of(2026, 11)), rows, StatisticsRows.totals(rows), "报送1分");
        byte[] xlsx = StatisticsWorkbook.write("海淀区创建首都文明区宣传信息采用情况统计", report);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("名次", sheet.getRow(1).getCell(0).getStringCellValue());
            long[] ranks = new long[4];
            for (int r = 0; r < 4; r++) {
                assertEquals(CellType.NUMERIC, sheet.getRow(2 + r).getCell(0).getCellType());
                ranks[r] = (long) sheet.getRow(2 + r).getCell(0).getNumericCellValue();
            }
            assertEquals(
                    List.of(1L, 2L, 2L, 4L),
                    java.util.Arrays.stream(ranks).boxed().toList());
            assertEquals("合计", sheet.getRow(6).getCell(1).getStringCellValue());
            assertEquals("", sheet.getRow(6).getCell(0).getStringCellValue());
        }
    }
}
