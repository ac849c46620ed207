package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.AccountService.AccountForm;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.access.LoginService;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.application.unit.UnitService.UnitForm;
import org.briefdesk.application.unit.UnitView;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.ItemStatus;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.infrastructure.demo.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The repositories and services of the foundation, in the container, against the test database. */
@ExtendWith(ArquillianExtension.class)
class ServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(ServicesIT.class);
    }

    @Inject
    UnitService unitService;

    @Inject
    AccountService accountService;

    @Inject
    LoginService loginService;

    @Inject
    ItemService itemService;

    @Inject
    UnitRepository units;

    @Inject
    AccountRepository accounts;

    @Inject
    ItemRepository items;

    @Inject
    DemoData demoData;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/BriefdeskDS")
    DataSource dataSource;

    private Actor admin() {
        return accountService.actor("admin").orElseThrow();
    }

    private Unit unitNamed(String shortName) {
        return units.all().stream()
                .filter(u -> u.getShortName().equals(shortName))
                .findFirst()
                .orElseThrow();
    }

    private Actor officer(String login) {
        return accountService.actor(login).orElseThrow();
    }

    @Test
    void flywayHasMigratedTheSchemaBeforeAnythingElseRan() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select max(\"version\") from \"flyway_schema_history\" where \"success\" = true")) {
            assertTrue(rs.next());
            assertTrue(Integer.parseInt(rs.getString(1)) >= 1);
        }
    }

    @Test
    void demoNetworkHasEveryKindOfUnitAndAnAccountPerRole() throws Exception {
        // Other tests add units of their own; the demo network is the units the demo file names.
        Set<String> demoNames = demoUnitNames();
        List<Unit> all = units.all().stream()
                .filter(u -> demoNames.contains(u.getName()))
                .toList();
        assertEquals(demoNames.size(), all.size(), "every unit of the demo file is stored");
        assertEquals(
                8, all.stream().filter(u -> u.getKind() == UnitKind.GONGWEI).count(), "八个工委");
        assertEquals(
                29,
                all.stream().filter(u -> u.getKind() == UnitKind.STREET_TOWN).count(),
                "29个街乡镇");
        assertTrue(all.stream().filter(u -> u.getKind() == UnitKind.DEPARTMENT).count() >= 15, "部门");
        for (Role role : Role.values()) {
            assertTrue(accounts.all().stream().anyMatch(a -> a.getRole() == role), "demo account for " + role);
        }
        assertTrue(items.count() >= 50, "demo items");
    }

    private static Set<String> demoUnitNames() throws Exception {
        try (InputStream in = DemoData.class.getResourceAsStream("/org/briefdesk/demo/units.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t")[1])
                    .collect(Collectors.toSet());
        }
    }

    @Test
    void demoDataIsNotLoadedTwice() {
        long unitsBefore = units.count();
        long itemsBefore = items.count();
        assertEquals(0, demoData.loadIfEmpty());
        assertEquals(unitsBefore, units.count());
        assertEquals(itemsBefore, items.count());
    }

    @Test
    void passwordsAreStoredOnlyAsPbkdf2Hashes() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select password_hash from account")) {
            while (rs.next()) {
                String hash = rs.getString(1);
                assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:"), hash);
                assertFalse(hash.contains(DemoData.PASSWORD));
            }
        }
    }

    @Test
    void signingInNeedsTheRightPasswordAndAnActiveAccount() {
        assertTrue(signIn("editor", DemoData.PASSWORD).isPresent());
        assertTrue(signIn("EDITOR ", DemoData.PASSWORD).isPresent(), "login is case-insensitive");
        assertTrue(signIn("editor", "wrong-password1").isEmpty());
        assertTrue(signIn("nobody", DemoData.PASSWORD).isEmpty());
    }

    private Optional<Actor> signIn(String login, String password) {
        return loginService.signIn(login, password, "192.0.2.10").actor();
    }

    @Test
    void adminCreatesAUnitAndADuplicateNameIsRefusedWithoutSavingAnything() {
        String name = "测试街道" + System.nanoTime() % 100000;
        UnitView created = unitService.create(admin(), new UnitForm(name, null, UnitKind.STREET_TOWN, true));
        assertEquals(name, created.shortName(), "short name defaults to the name");
        long before = units.count();
        BusinessRuleViolation e = assertThrows(
                BusinessRuleViolation.class,
                () -> unitService.create(admin(), new UnitForm(name, "重复", UnitKind.DEPARTMENT, false)));
        assertEquals("单位“" + name + "”已存在", e.getMessage());
        assertEquals(before, units.count());
    }

    @Test
    void unitNamesWithHtmlOrTooLongAreRefused() {
        assertThrows(
                BusinessRuleViolation.class,
                () -> unitService.create(
                        admin(), new UnitForm("<script>alert(1)</script>街道", null, UnitKind.STREET_TOWN, true)));
        assertThrows(
                BusinessRuleViolation.class,
                () -> unitService.create(admin(), new UnitForm("很".repeat(61), null, UnitKind.STREET_TOWN, true)));
        assertThrows(
                BusinessRuleViolation.class,
                () -> unitService.create(admin(), new UnitForm("   ", null, UnitKind.STREET_TOWN, true)));
    }

    @Test
    void officersCannotAdministerUnitsOrAccounts() {
        Actor officer = officer("haidian");
        assertThrows(
                AccessDenied.class,
                () -> unitService.create(officer, new UnitForm("某街道", null, UnitKind.STREET_TOWN, true)));
        assertThrows(AccessDenied.class, () -> accountService.list(officer));
    }

    @Test
    void adminCreatesAnOfficerWhoCanSignInAndDuplicateLoginsAreRefused() {
        Unit unit = unitNamed("学院路街道");
        String login = "officer" + System.nanoTime() % 100000;
        accountService.create(admin(), new AccountForm(login, "学院路信息员乙", "xueyuan2026", Role.OFFICER, unit.getId()));
        assertEquals(Role.OFFICER, signIn(login, "xueyuan2026").orElseThrow().role());
        long before = accounts.count();
        BusinessRuleViolation dup = assertThrows(
                BusinessRuleViolation.class,
                () -> accountService.create(
                        admin(), new AccountForm(login.toUpperCase(), "另一人", "another2026", Role.EDITOR, null)));
        assertEquals("登录名“" + login + "”已被使用", dup.getMessage());
        assertEquals(before, accounts.count());
    }

    @Test
    void anOfficerMustBelongToAReportingUnit() {
        BusinessRuleViolation e = assertThrows(
                BusinessRuleViolation.class,
                () -> accountService.create(
                        admin(),
                        new AccountForm(
                                "nounit" + System.nanoTime() % 1000, "无单位", "Wudaokou#2026", Role.OFFICER, null)));
        assertEquals("信息员必须属于一个报送单位", e.getMessage());
        assertThrows(
                BusinessRuleViolation.class,
                () -> accountService.create(
                        admin(),
                        new AccountForm(
                                "ghost" + System.nanoTime() % 1000, "幽灵", "ghost20266", Role.OFFICER, 987654321L)));
    }

    @Test
    void anOfficerSeesOwnUnitsItemsButIsRefusedAnotherUnitsItem() {
        Actor haidian = officer("haidian");
        Actor xueyuanlu = officer("xueyuanlu");
        List<ItemView> own = itemService.recentOfMyUnit(haidian, 50);
        assertFalse(own.isEmpty());
        assertTrue(own.stream().allMatch(i -> i.unitId() == haidian.unitId()));
        long othersItem = itemService.recentOfMyUnit(xueyuanlu, 1).get(0).id();
        assertThrows(AccessDenied.class, () -> itemService.details(haidian, othersItem));
        assertEquals(
                othersItem,
                itemService
                        .view(accountService.actor("editor").orElseThrow(), othersItem)
                        .getId());
    }

    @Test
    void theInboxPutsUrgentItemsFirst() {
        List<ItemView> inbox =
                itemService.waitingForScreening(accountService.actor("editor").orElseThrow(), 100);
        assertFalse(inbox.isEmpty());
        assertTrue(inbox.stream().allMatch(i -> i.status() == ItemStatus.SUBMITTED));
        boolean seenNormal = false;
        for (ItemView i : inbox) {
            if (!i.urgent()) {
                seenNormal = true;
            }
            assertFalse(seenNormal && i.urgent(), "urgent item after a normal one: " + i.title());
        }
    }

    @Test
    void twoEditorsChangingOneItemConcurrentlyLoseNoUpdate() throws Exception {
        Unit unit = unitNamed("海淀街道");
        tx.begin();
        Item item = new Item(
                em.find(Unit.class, unit.getId()),
                null,
                new ItemContent("海淀街道开展文明交通劝导活动", "11月25日，海淀街道组织志愿者在路口开展文明交通劝导。", null, null, false, null),
                Instant.now());
        item.submit(Instant.now());
        items.store(item);
        tx.commit();
        long id = item.getId();

        tx.begin();
        Item first = em.find(Item.class, id);
        em.detach(first);
        tx.commit();

        tx.begin();
        em.find(Item.class, id).accept();
        tx.commit();

        tx.begin();
        first.reject("内容重复");
        Exception e = assertThrows(Exception.class, () -> {
            em.merge(first);
            em.flush();
        });
        assertTrue(e instanceof OptimisticLockException || e instanceof PersistenceException, e.toString());
        tx.rollback();
        assertEquals(ItemStatus.ACCEPTED, items.find(id).orElseThrow().getStatus());
        assertNotEquals(0L, items.find(id).orElseThrow().getVersion());
    }
}
