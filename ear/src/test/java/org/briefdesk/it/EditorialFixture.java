package org.briefdesk.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;

/**
 * The editors' desk as the editorial and inbox tests need it (add it to the deployment and inject
 * it): the two demo editors, demo units by name, and items submitted by those units, each stored in
 * its own transaction.
 */
@Dependent
public class EditorialFixture {

    @Inject
    AccountService accountService;

    @Inject
    UnitRepository units;

    @Inject
    ItemRepository items;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    public Actor editor() {
        return accountService.actor("editor").orElseThrow();
    }

    public Actor editor2() {
        return accountService.actor("editor2").orElseThrow();
    }

    public Unit unitNamed(String shortName) {
        return units.all().stream()
                .filter(u -> shortName.equals(u.getShortName()))
                .findFirst()
                .orElseThrow();
    }

    /** A submitted item of the unit, stored in its own transaction; returns it as committed. */
    public Item submitted(String unit, String title, String body, boolean urgent, MustReportKind kind, Instant at)
            throws Exception {
        tx.begin();
        Item item = new Item(
                em.find(Unit.class, unitNamed(unit).getId()),
                null,
                new ItemContent(title, body, LocalDate.of(2026, 11, 27), kind, urgent, null),
                at);
        item.submit(at);
        items.store(item);
        tx.commit();
        return items.find(item.getId()).orElseThrow();
    }

    public Item submitted(String unit, String title) throws Exception {
        return submitted(unit, title, "11月27日，" + unit + "组织志愿者开展文明引导活动。共服务群众200余人次。", false, null, Instant.now());
    }

    public Item reload(Item item) {
        return items.find(item.getId()).orElseThrow();
    }
}
