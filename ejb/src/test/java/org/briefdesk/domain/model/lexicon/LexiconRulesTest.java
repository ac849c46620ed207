package org.briefdesk.domain.model.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class LexiconRulesTest {

    private static String refused(Runnable r) {
        return assertThrows(BusinessRuleViolation.class, r::run).getMessage();
    }

    @Test
    void aTermIsTwoToTwentyHanCharactersWithAKnownPartOfSpeech() {
        LocalTerm t = new LocalTerm(" 温榆河公园 ", "ns");
        assertEquals("温榆河公园", t.getWord());
        assertEquals(PartOfSpeech.NS, t.getPartOfSpeech());
        assertEquals("温榆河公园|ns", t.state());

        assertEquals("词条不能为空", refused(() -> new LocalTerm("  ", "ns")));
        assertEquals("词条不能超过20个字", refused(() -> new LocalTerm("海".repeat(21), "ns")));
        assertTrue(refused(() -> new LocalTerm("园", "ns")).contains("至少要有两个字"));
        assertTrue(refused(() -> new LocalTerm("5G网络", "nz")).contains("只能由汉字组成"));
        assertTrue(refused(() -> new LocalTerm("温榆\u0007河", "ns")).startsWith("词条"));
        String pos = refused(() -> new LocalTerm("翠湖湿地", "xx"));
        assertTrue(pos.contains("词性“xx”无效") && pos.contains("ns（地名）"), pos);
        assertEquals("请选择词性", refused(() -> new LocalTerm("翠湖湿地", null)));
    }

    @Test
    void aTermComesBackFromItsRecordedState() {
        LocalTerm t = LocalTerm.fromState("三山五园|ns");
        assertEquals("三山五园", t.getWord());
        assertEquals(PartOfSpeech.NS, t.getPartOfSpeech());
    }

    @Test
    void aSynonymGroupHasTwoOrMoreDifferentWords() {
        SynonymGroup g = new SynonymGroup(List.of("创城", " 创建文明城区", "创城"));
        assertEquals(List.of("创城", "创建文明城区"), g.getWords());
        assertEquals(g.getWords(), SynonymGroup.fromState(g.state()).getWords());
        assertEquals("同义词组至少要有两个不同的词", refused(() -> new SynonymGroup(List.of("三山五园"))));
        assertEquals("同义词组至少要有两个不同的词", refused(() -> new SynonymGroup(List.of("三山五园", "三山五园"))));
        assertEquals("同义词组至少要有两个不同的词", refused(() -> new SynonymGroup(null)));
        assertTrue(refused(() -> new SynonymGroup(List.of("创城", "12345热线"))).contains("只能由汉字组成"));
    }

    @Test
    void theHistoryDescribesEachChangeInChineseAndIsUndoneOnce() {
        LexiconChange added =
                new LexiconChange(LexiconChange.Subject.TERM, 7, null, "温榆河公园|ns", null, 1L, "编辑一", Instant.EPOCH);
        assertEquals("新增词条“温榆河公园（地名）”", added.describe());
        LexiconChange changed = new LexiconChange(
                LexiconChange.Subject.SYNONYMS, 3, "创城,创建文明城区", "创城,创建文明城区,文明城区创建", null, 1L, "编辑一", Instant.EPOCH);
        assertEquals("修改同义词组“创城，创建文明城区”→“创城，创建文明城区，文明城区创建”", changed.describe());
        LexiconChange undo =
                new LexiconChange(LexiconChange.Subject.TERM, 7, "温榆河公园|ns", null, 12L, 1L, "编辑一", Instant.EPOCH);
        assertEquals("撤销#12：删除词条“温榆河公园（地名）”", undo.describe());
        added.undoneBy(13);
        assertEquals("这项修改已经撤销过了", refused(() -> added.undoneBy(14)));
    }

    @Test
    void unitNamesAndShortNamesAreAlwaysTermsAndAProposalIsAChangedCopy() {
        Unit unit = new Unit("海淀区学院路街道办事处", "学院路街道", UnitKind.STREET_TOWN, true);
        LexiconContents c = LexiconContents.of(
                List.of(new LocalTerm("接诉即办", "nz")),
                List.of(new SynonymGroup(List.of("创城", "创建文明城区"))),
                List.of(unit));
        assertEquals(
                List.of(
                        new LexiconContents.Entry("接诉即办", "nz"),
                        new LexiconContents.Entry("海淀区学院路街道办事处", "nt"),
                        new LexiconContents.Entry("学院路街道", "nt")),
                c.terms());
        LexiconContents proposed = c.withTerm("接诉即办", "vn").withGroup(List.of("温榆河公园", "温榆河森林公园"));
        assertEquals(new LexiconContents.Entry("接诉即办", "vn"), proposed.terms().get(0));
        assertEquals(3, proposed.terms().size());
        assertEquals(2, proposed.groups().size());
        assertEquals(1, c.groups().size(), "the contents in force are unchanged");
        assertEquals(2, c.withoutTerm("接诉即办").terms().size());
        assertEquals(0, c.withoutGroup(List.of("创城", "创建文明城区")).groups().size());
    }
}
