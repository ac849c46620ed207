package org.briefdesk.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.TitleView;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;

/**
 * What the briefing tests make for themselves (add it to the deployment and inject it): a briefing
 * title of each test's own, and accepted, tagged items to put into its issues; and the demo editor
 * and leader who act on them.
 */
@Dependent
public class BriefingFixture {

    @Inject
    BriefingService briefings;

    @Inject
    AccountService accounts;

    @Inject
    UnitRepository units;

    @Inject
    ItemRepository items;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    /** The day the tests' issues and items are dated. */
    public static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    public Actor editor() {
        return accounts.actor("editor").orElseThrow();
    }

    public Actor leader() {
        return accounts.actor("leader").orElseThrow();
    }

    public long newTitle() {
        Actor admin = accounts.actor("admin").orElseThrow();
        TitleView t = briefings.saveTitle(
                admin,
                null,
                "测试简报" + System.nanoTime() % 100_000_000,
                "海淀区创建首都文明区工作领导小组办公室",
                Distribution.standard(),
                PageLayout.standard());
        return t.id();
    }

    private BriefingColumn column(String name) {
        return columns.findByName(name).orElseThrow();
    }

    /** An item accepted and tagged by the office, stored directly (no journal: the index is not involved). */
    public Item accepted(String unit, String title, String column) throws Exception {
        tx.begin();
        Unit u = units.all().stream()
                .filter(x -> unit.equals(x.getShortName()))
                .findFirst()
                .orElseThrow();
        Item item = new Item(
                em.find(Unit.class, u.getId()),
                null,
                new ItemContent(
                        title,
                        "<p>11月26日，" + unit + "组织志愿者在辖区主要路口开展文明交通引导，劝导不文明行为120余次。</p>" + "<p>下一步，将常态化开展文明引导活动。</p>",
                        DAY,
                        null,
                        false,
                        null),
                Instant.now());
        item.submit(Instant.now());
        item.accept();
        item.tag(List.of(em.find(BriefingColumn.class, column(column).getId())));
        items.store(item);
        tx.commit();
        return items.find(item.getId()).orElseThrow();
    }
}
