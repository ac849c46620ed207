package org.briefdesk.infrastructure.batch;

import static org.briefdesk.application.Entities.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.briefdesk.domain.model.archive.ImportKey;
import org.briefdesk.domain.model.archive.SkipReason;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.junit.jupiter.api.Test;

/** What becomes of one archive record: imported with its unit, date and column, or skipped and why. */
class ArchiveRecordRulesTest {

    private final ArchiveRecordRules rules = new ArchiveRecordRules(
            new UnitDirectory(
                    List.of(
                            withId(new Unit("北京市海淀区人民政府学院路街道办事处", "学院路街道", UnitKind.STREET_TOWN, true), 7L),
                            withId(new Unit("海淀区创建首都文明区工作领导小组办公室", "区创建办", UnitKind.OFFICE, false), 1L)),
                    List.of(withId(new BriefingColumn("典型案例", 2), 12L))),
            LocalDate.of(2026, 12, 6));

    private static SourceRecord record(String title, String body, String unit, String date, String column) {
        return new SourceRecord(
                new org.briefdesk.domain.model.archive.SourcePlace(3, "第3行"),
                title,
                body,
                null,
                unit,
                date,
                column,
                null,
                null,
                null,
                null);
    }

    @Test
    void aRecordFindsItsUnitByShortOrFullNameAndItsColumnByName() {
        ArchiveDecision d =
                rules.decide(record("学院路街道“小巷管家”助力背街小巷整治", "学院路街道组建小巷管家队伍。", "学院路 街道", "2024-03-05", "典型案例"));
        assertTrue(d.importable(), String.valueOf(d.reason()));
        assertEquals(7L, d.unitId());
        assertEquals(List.of(12L), d.columnIds());
        assertEquals(LocalDate.of(2024, 3, 5), d.eventDate());
        ArchiveDecision full = rules.decide(record("标题", "正文。", "北京市海淀区人民政府学院路街道办事处", "2024年3月5日", "无此栏目"));
        assertEquals(7L, full.unitId());
        assertEquals(List.of(), full.columnIds(), "an unknown column leaves the item untagged");
    }

    @Test
    void withoutADateFieldTheDatelineOfTheTextIsTaken() {
        ArchiveDecision d = rules.decide(record("标题", "２０２３年１１月２０日，学院路街道召开垃圾分类推进会。", "学院路街道", null, null));
        assertEquals(LocalDate.of(2023, 11, 20), d.eventDate());
    }

    @Test
    void whatCannotBeImportedIsSkippedWithItsReasonInChinese() {
        assertSkipped(SkipReason.UNKNOWN_UNIT, "与任何单位", record("标题", "正文。", "海淀区不存在街道", "2024-03-05", null));
        assertSkipped(SkipReason.UNKNOWN_UNIT, "不是报送单位", record("标题", "正文。", "区创建办", "2024-03-05", null));
        assertSkipped(SkipReason.MISSING, "缺少日期", record("标题", "正文没有日期。", "学院路街道", null, null));
        assertSkipped(SkipReason.MALFORMED, "无法识别", record("标题", "正文。", "学院路街道", "2024-02-30", null));
        assertSkipped(SkipReason.INVALID, "晚于今天", record("标题", "正文。", "学院路街道", "2027-01-01", null));
        assertSkipped(SkipReason.MISSING, "缺少标题", record(" ", "正文。", "学院路街道", "2024-03-05", null));
        assertSkipped(SkipReason.INVALID, "标题", record("长".repeat(101), "正文。", "学院路街道", "2024-03-05", null));
    }

    private void assertSkipped(SkipReason why, String inReason, SourceRecord r) {
        ArchiveDecision d = rules.decide(r);
        assertEquals(why, d.skip(), d.reason());
        assertTrue(d.reason().contains(inReason), d.reason());
    }

    @Test
    void theContentKeyIgnoresWhiteSpaceButNotTheText() {
        assertEquals(
                ImportKey.ofContent("学院路街道", "2024-03-05", "标题", "第一段。\n第二段。"),
                ImportKey.ofContent("学院路街道", "2024-03-05", "标题", "第一段。\r\n  第二段。"));
        assertNotEquals(
                ImportKey.ofContent("学院路街道", "2024-03-05", "标题", "第一段。"),
                ImportKey.ofContent("学院路街道", "2024-03-06", "标题", "第一段。"));
        assertNotEquals(ImportKey.given("abc"), ImportKey.ofContent("", "", "", "abc"));
    }

    @Test
    void aJsonlLineIsReadWithItsFieldsOrReportedWithItsProblem() {
        SourceRecord ok = JsonlRecordReader.parse(
                1, "\uFEFF{\"title\":\"标题\",\"body\":\"正文\",\"unit\":\"学院路街道\",\"key\":20190001,\"adopted\":true}");
        assertEquals("标题", ok.title());
        assertEquals("20190001", ok.key());
        assertEquals(Boolean.TRUE, ok.adopted());
        assertEquals(SkipReason.MALFORMED, JsonlRecordReader.parse(2, "[1,2]").problem());
        assertEquals(
                SkipReason.MALFORMED, JsonlRecordReader.parse(3, "{\"title\":").problem());
        assertEquals(
                SkipReason.MALFORMED,
                JsonlRecordReader.parse(4, "{\"title\":\"t\",\"adopted\":\"yes\"}")
                        .problem());
        assertEquals(
                SkipReason.UNREADABLE,
                JsonlRecordReader.parse(5, "{\"title\":\"\uFFFD\"}").problem());
    }
}
