package org.briefdesk.infrastructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.briefdesk.application.unit.UnitNetwork;
import org.briefdesk.application.unit.UnitNetwork.OfficerRow;
import org.briefdesk.application.unit.UnitNetwork.UnitRow;
import org.junit.jupiter.api.Test;

class UnitNetworkSpreadsheetTest {

    private final UnitNetworkSpreadsheet sheet = new UnitNetworkSpreadsheet();

    private static final String UNITS_CSV = """
            单位名称,简称,类别,上级工委,重点网络单位,分管领导
            中共北京市海淀区委城市管理工作委员会,区委城市管理工委,工委,,是,王伟（副书记）
            "北京市海淀区城市管理委员会",区城管委,部门,区委城市管理工委,是,"李明，副主任"
            """;

    @Test
    void aGbkCsvAsExcelSavesItOnChineseWindowsIsReadByItsHeadings() {
        UnitNetwork n = sheet.read("单位.csv", UNITS_CSV.replace("\n", "\r\n").getBytes(Charset.forName("GBK")));
        assertEquals(List.of(), n.unreadable());
        assertEquals(2, n.units().size());
        UnitRow bureau = n.units().get(1);
        assertEquals(3, bureau.row());
        assertEquals("北京市海淀区城市管理委员会", bureau.name());
        assertEquals("区委城市管理工委", bureau.parent());
        assertEquals("李明，副主任", bureau.leader(), "a quoted comma stays in the cell");
    }

    @Test
    void aUtf8CsvWithByteOrderMarkReadsTheSame() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] body = ("姓名,登录名,所属单位,电子邮箱,电话\n张丽,zhangli,区城管委,zhangli@hd.gov.cn,010-82345678\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        UnitNetwork n = sheet.read("信息员.csv", file);
        assertEquals(
                List.of(new OfficerRow("信息员.csv", 2, "张丽", "zhangli", "区城管委", "zhangli@hd.gov.cn", "010-82345678")),
                n.officers());
    }

    @Test
    void anExportedWorkbookIsReadBackAsItWasWritten() {
        UnitNetwork written = new UnitNetwork(
                List.of(new UnitRow("单位", 2, "北京市海淀区人民政府学院路街道办事处", "学院路街道", "街乡镇", "", "是", "赵强（副主任）")),
                List.of(new OfficerRow("信息员", 2, "学院路街道信息员", "xueyuanlu", "学院路街道", "", "13800138000")),
                List.of());
        UnitNetwork read = sheet.read("名册.xlsx", sheet.write(written));
        assertEquals(written.units(), read.units());
        assertEquals(written.officers(), read.officers());
    }

    @Test
    void filesThatCannotBeReadAreExplainedInChinese() {
        assertTrue(sheet.read("名册.xlsx", "不是Excel".getBytes(StandardCharsets.UTF_8))
                .unreadable()
                .get(0)
                .message()
                .contains("无法读取该Excel文件"));
        assertTrue(
                sheet.read("名册.csv", new byte[0]).unreadable().get(0).message().contains("文件是空的"));
        assertTrue(sheet.read("名册.doc", new byte[] {1})
                .unreadable()
                .get(0)
                .message()
                .contains(".xlsx 或 .csv"));
        assertTrue(sheet.read("名册.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))
                .unreadable()
                .get(0)
                .message()
                .contains("第一行须为表头"));
    }
}
