package org.briefdesk.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDateTime;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.editorial.EditorialService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.item.OfficerItemService;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.infrastructure.demo.DemoData;

/**
 * The people and units of the office's desk that in-container tests need (add it to the deployment
 * and inject it): the demo accounts as actors, demo units by name, and new units and officers made
 * for one test only, named so that no earlier run's data is counted in.
 */
@Dependent
public class DeskFixture {

    @Inject
    AccountService accounts;

    @Inject
    UnitRepository units;

    @Inject
    UnitService unitService;

    @Inject
    OfficerItemService officerItems;

    @Inject
    EditorialService editorial;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    private static int made;

    /** A demo account (editor, editor2, admin, leader, ...) acting. */
    public Actor actor(String login) {
        return accounts.actor(login).orElseThrow();
    }

    public Actor editor() {
        return actor("editor");
    }

    public Actor admin() {
        return actor("admin");
    }

    /** A demo unit by its short name (e.g. 海淀街道). */
    public Unit unit(String shortName) {
        return units.all().stream()
                .filter(u -> u.getShortName().equals(shortName))
                .findFirst()
                .orElseThrow();
    }

    /** A new key street (重点单位) of this test's own, {@code shortName} plus a run number. */
    public Unit newUnit(String shortName) throws Exception {
        return newUnit(shortName, true);
    }

    /** A new street of this test's own, a key unit (重点单位) or not. */
    public Unit newUnit(String shortName, boolean key) throws Exception {
        return newUnitNamed(shortName + System.nanoTime() % 1_000_000, key);
    }

    /** A new street named exactly {@code name} (the test makes it unique). */
    public Unit newUnitNamed(String name, boolean key) throws Exception {
        return newUnitNamed(name, UnitKind.STREET_TOWN, key);
    }

    /** A new unit of the given kind named exactly {@code name} (the test makes it unique). */
    public Unit newUnitNamed(String name, UnitKind kind, boolean key) throws Exception {
        tx.begin();
        Unit unit = new Unit(name, name, kind, key);
        em.persist(unit);
        tx.commit();
        return unit;
    }

    /** A new member unit (成员单位) of the office. */
    public Unit newMemberUnit(String shortName) throws Exception {
        Unit unit = newUnit(shortName);
        unitService.setMember(admin(), unit.getId(), true);
        return unit;
    }

    /** A new officer (信息员) of {@code unit}, with a mail address or none. */
    public Actor officer(Unit unit, String displayName, String email) throws Exception {
        tx.begin();
        Account a = new Account(
                "desk" + System.nanoTime() % 1_000_000 + "x" + made++,
                displayName,
                DemoData.PASSWORD,
                Role.OFFICER,
                em.find(Unit.class, unit.getId()));
        if (email != null) {
            a.changeEmail(email);
        }
        em.persist(a);
        tx.commit();
        return Actor.of(a);
    }

    /** A new officer with a mail address in the demo unit named {@code unitShortName}. */
    public Actor officerWithMail(String unitShortName, String displayName, String email) throws Exception {
        return officer(unit(unitShortName), displayName, email);
    }

    /**
     * An item of the officer's unit as submitted at {@code submittedAt} (Beijing time, written an hour
     * before), and accepted (采用待编) when asked: the past months that scoring, statistics and the
     * office's rhythm count, which the services (stamping the present) cannot make.
     */
    public long itemSubmittedAt(Actor officer, String title, LocalDateTime submittedAt, boolean accept)
            throws Exception {
        tx.begin();
        Instant at = submittedAt.atZone(DistrictTime.ZONE).toInstant();
        Item item = new Item(
                em.find(Unit.class, officer.unitId()),
                em.find(Account.class, officer.accountId()),
                new ItemContent(
                        title,
                        "<p>" + title + "。街道组织志愿者开展文明引导，服务群众300余人次。</p>",
                        submittedAt.toLocalDate(),
                        null,
                        false,
                        null),
                at.minusSeconds(3600));
        item.submit(at);
        if (accept) {
            item.accept();
        }
        em.persist(item);
        tx.commit();
        return item.getId();
    }

    /** An item the officer wrote and submitted (已报送), as units write them. */
    public ItemView submitted(Actor officer, String title) {
        ItemView draft = officerItems.createDraft(
                officer,
                new ItemContent(title, "<p>" + title + "，居民群众踊跃参与，取得良好效果。</p>", null, null, false, null),
                null);
        return officerItems.submit(officer, draft.id(), draft.version());
    }

    /** An item the officer submitted and the editor accepted (采用待编). */
    public ItemView accepted(Actor officer, String title) {
        ItemView item = submitted(officer, title);
        return editorial.accept(editor(), item.id(), item.version());
    }
}
