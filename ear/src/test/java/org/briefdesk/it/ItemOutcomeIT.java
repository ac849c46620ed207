package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.IssueAssemblyService;
import org.briefdesk.application.briefing.IssuePublication;
import org.briefdesk.application.briefing.IssueView;
import org.briefdesk.application.briefing.TitleView;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.application.outcome.ItemOutcome;
import org.briefdesk.application.outcome.ItemOutcomes;
import org.briefdesk.application.scoring.InstructionService;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.IssueKind;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.infrastructure.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The officer's “my items” in the container: a source of a combined item reads 被综合采用 with the
 * combined item's issue, 批示 and points, the combined item itself is not the unit's, and an officer
 * deletes a draft of their own but nothing sent.
 */
@ExtendWith(ArquillianExtension.class)
class ItemOutcomeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(ItemOutcomeIT.class);
    }

    @Inject
    ItemOutcomes outcomes;

    @Inject
    OfficerItemService officerItems;

    @Inject
    EditorialService editorial;

    @Inject
    BriefingService briefings;

    @Inject
    IssueAssemblyService assembly;

    @Inject
    IssuePublication publication;

    @Inject
    InstructionService instructions;

    @Inject
    AccountService accounts;

    @Inject
    ItemRepository items;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private int made;

    private Actor editor() {
        return accounts.actor("editor").orElseThrow();
    }

    private Actor officerOf(String name) throws Exception {
        tx.begin();
        Unit unit = new Unit(name + run, name + run, UnitKind.STREET_TOWN, true);
        em.persist(unit);
        Account officer = new Account("f" + run + made++, name + "信息员", DemoData.PASSWORD, Role.OFFICER, unit);
        em.persist(officer);
        tx.commit();
        return Actor.of(officer);
    }

    private ItemView submitted(Actor officer, String title) {
        ItemView draft = officerItems.createDraft(
                officer,
                new ItemContent(
                        title, "<p>12月5日，" + title + "，服务群众300余人次。</p>", LocalDate.of(2026, 12, 5), null, false, null),
                null);
        return officerItems.submit(officer, draft.id(), draft.version());
    }

    private ItemView acceptedAndTagged(ItemView item) {
        ItemView accepted = editorial.accept(editor(), item.id(), item.version());
        return tagged(accepted.id(), accepted.version());
    }

    private ItemView tagged(long itemId, long version) {
        long column = columns.findByName("工作动态").orElseThrow().getId();
        return editorial.tag(editor(), itemId, version, List.of(column));
    }

    private ItemOutcome mine(Actor officer, long itemId) {
        return outcomes.ofMyUnit(officer, 50).stream()
                .filter(o -> o.id() == itemId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSourceOfACombinedItemReadsUsedInCombinationWithTheIssueTheLeadersWordsAndItsPoints() throws Exception {
        Actor ganjiakou = officerOf("甘家口街道");
        Actor balizhuang = officerOf("八里庄街道");
        ItemView a = acceptedAndTagged(submitted(ganjiakou, "甘家口街道开展冬季消防安全检查"));
        ItemView b = acceptedAndTagged(submitted(balizhuang, "八里庄街道开展冬季消防安全检查"));
        assertEquals("采用待编", mine(ganjiakou, a.id()).statusLabel());

        Map<Long, Long> seen = new LinkedHashMap<>();
        seen.put(a.id(), items.find(a.id()).orElseThrow().getVersion());
        seen.put(b.id(), items.find(b.id()).orElseThrow().getVersion());
        Item written = items.find(editorial.combine(editor(), seen, "两街道开展冬季消防安全检查", "<p>甘家口、八里庄街道开展冬季消防安全检查。</p>"))
                .orElseThrow();
        ItemView combined = tagged(written.getId(), written.getVersion());

        TitleView title = briefings.saveTitle(
                accounts.actor("admin").orElseThrow(),
                null,
                "去向测试简报" + run,
                "海淀区创建首都文明区工作领导小组办公室",
                Distribution.standard(),
                PageLayout.standard());
        IssueView issue = briefings.create(editor(), title.id(), IssueKind.REGULAR, LocalDate.of(2026, 12, 6));
        issue = assembly.add(editor(), issue.id(), issue.version(), List.of(combined.id()));
        publication.publish(editor(), issue.id(), issue.version());
        instructions.record(
                editor(),
                combined.id(),
                LeaderLevel.DISTRICT,
                "王区长",
                LocalDate.of(2026, 12, 7),
                "经验做法很好，请各街道学习。",
                null);

        ItemOutcome source = mine(ganjiakou, a.id());
        assertEquals("被综合采用", source.statusLabel());
        assertEquals("两街道开展冬季消防安全检查", source.combinedInto());
        assertEquals(List.of("《去向测试简报" + run + "》2026年普刊第1期（2026年12月6日）"), source.printedIn());
        assertEquals(1, source.instructions().size());
        assertEquals("经验做法很好，请各街道学习。", source.instructions().get(0).text());
        assertTrue(
                source.instructions().get(0).leader().contains("王区长"),
                source.instructions().get(0).leader());
        assertTrue(source.points() > 1, "submission, adoption and instruction points: " + source.pointLines());
        assertTrue(
                source.pointLines().stream().anyMatch(l -> l.startsWith("报送")),
                source.pointLines().toString());
        assertFalse(source.deletable());
        long combinedId = combined.id();
        assertTrue(
                outcomes.ofMyUnit(ganjiakou, 50).stream().noneMatch(o -> o.id() == combinedId),
                "the combined item is the office's, not listed as the unit's own");
        assertEquals("被综合采用", mine(balizhuang, b.id()).statusLabel());
    }

    @Test
    void anOfficerDeletesTheirOwnDraftButNothingSentAndNothingOfAnotherUnit() throws Exception {
        Actor ganjiakou = officerOf("甘家口社区");
        Actor other = officerOf("紫竹院街道");
        ItemView draft = officerItems.createDraft(
                ganjiakou, new ItemContent("甘家口社区垃圾分类草稿", "<p>草稿正文。</p>", null, null, false, null), null);
        assertTrue(mine(ganjiakou, draft.id()).deletable());
        assertThrows(RuntimeException.class, () -> officerItems.deleteDraft(other, draft.id(), draft.version()));
        officerItems.deleteDraft(ganjiakou, draft.id(), draft.version());
        assertTrue(items.find(draft.id()).isEmpty());

        ItemView sent = submitted(ganjiakou, "甘家口社区开展垃圾分类宣传");
        BusinessRuleViolation refused = assertThrows(
                BusinessRuleViolation.class, () -> officerItems.deleteDraft(ganjiakou, sent.id(), sent.version()));
        assertEquals("只有草稿可以删除；已报送的信息请先撤回（当前状态：待筛选）", refused.getMessage());
        assertTrue(items.find(sent.id()).isPresent());
    }
}
