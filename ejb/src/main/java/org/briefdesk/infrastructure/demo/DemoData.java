package org.briefdesk.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.column.BriefingColumnRepository;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.item.MustReportKind;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.infrastructure.Settings;

/**
 * Fills an empty database with a realistic district network, one account per role and about sixty
 * items of the last eight weeks, so a newcomer sees a working office at once. It does nothing when
 * any unit exists, and nothing at all when BRIEFDESK_DEMO_DATA=false.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class DemoData {

    /** The demo accounts' password, listed in the README. */
    public static final String PASSWORD = "briefdesk2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String BASE = "/org/briefdesk/demo/";

    @Inject
    UnitRepository units;

    @Inject
    AccountRepository accounts;

    @Inject
    BriefingColumnRepository columns;

    @Inject
    ItemRepository items;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void start() {
        if (!Settings.demoData()) {
            LOG.info("Demo data switched off (BRIEFDESK_DEMO_DATA=false)");
            return;
        }
        loadIfEmpty();
    }

    /** Loads the demo data unless the database already has units; returns the number of items loaded. */
    public int loadIfEmpty() {
        if (units.count() > 0) {
            return 0;
        }
        Map<String, Unit> byName = loadUnits();
        Map<String, Account> officers = loadAccounts(byName);
        int n = loadItems(byName, officers, DistrictTime.clock());
        LOG.info(() ->
                "Demo data loaded: " + byName.size() + " units, " + accounts.count() + " accounts, " + n + " items");
        return n;
    }

    private Map<String, Unit> loadUnits() {
        Map<String, Unit> byName = new HashMap<>();
        Map<Unit, String> parents = new HashMap<>();
        for (String line : lines("units.tsv")) {
            String[] f = line.split("\t");
            if (f[0].equals("kind")) {
                continue;
            }
            Unit u = units.store(new Unit(f[1], f.length > 3 ? f[3] : null, UnitKind.valueOf(f[0]), "Y".equals(f[2])));
            byName.put(u.getName(), u);
            if (f.length > 4) {
                parents.put(u, f[4]);
            }
        }
        // The fifth column names the 工委 a unit belongs to, by short name.
        parents.forEach((unit, parent) -> unit.placeUnder(byName.values().stream()
                .filter(p -> p.getShortName().equals(parent))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo units.tsv lacks " + parent))));
        return byName;
    }

    private Map<String, Account> loadAccounts(Map<String, Unit> byName) {
        Unit office =
                byName.values().stream().filter(Unit::isOffice).findFirst().orElseThrow();
        accounts.store(new Account("admin", "系统管理员", PASSWORD, Role.ADMIN, office));
        accounts.store(new Account("editor", "王编辑", PASSWORD, Role.EDITOR, office));
        accounts.store(new Account("editor2", "李编辑", PASSWORD, Role.EDITOR, office));
        accounts.store(new Account("leader", "张区长", PASSWORD, Role.LEADER, null));
        Map<String, Account> officers = new HashMap<>();
        officers.put("haidian", officer("haidian", "海淀街道信息员", "海淀街道", byName));
        officers.put("xueyuanlu", officer("xueyuanlu", "学院路街道信息员", "学院路街道", byName));
        officers.put("chengguan", officer("chengguan", "区城管委信息员", "区城管委", byName));
        return officers;
    }

    private Account officer(String login, String name, String unitShortName, Map<String, Unit> byName) {
        Unit unit = byName.values().stream()
                .filter(u -> u.getShortName().equals(unitShortName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo units.tsv lacks " + unitShortName));
        return accounts.store(new Account(login, name, PASSWORD, Role.OFFICER, unit));
    }

    private int loadItems(Map<String, Unit> byName, Map<String, Account> officers, Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        int n = 0;
        for (String line : lines("items.jsonl")) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject o;
            try (JsonReader r = Json.createReader(new StringReader(line))) {
                o = r.readObject();
            }
            Unit unit = byName.get(o.getString("unit"));
            if (unit == null) {
                throw new IllegalStateException("demo item names an unknown unit: " + o.getString("unit"));
            }
            int daysAgo = o.getInt("daysAgo", 0);
            // Spread submissions over office hours so the inbox order looks like a real week.
            Instant submitted = now.minusDays(daysAgo)
                    .withHour(8 + (n * 7) % 10)
                    .withMinute((n * 13) % 60)
                    .toInstant();
            if (submitted.isAfter(now.toInstant())) {
                submitted = now.toInstant().minus(Duration.ofMinutes(5L * (n + 1)));
            }
            String mustReport = o.isNull("mustReport") ? null : o.getString("mustReport");
            ItemContent content = new ItemContent(
                    o.getString("title"),
                    o.getString("body"),
                    LocalDate.ofInstant(submitted, clock.getZone()).minusDays(1),
                    mustReport == null ? null : MustReportKind.valueOf(mustReport),
                    o.getBoolean("urgent", false),
                    null);
            Account author = o.isNull("author") ? null : officers.get(o.getString("author"));
            Item item = new Item(unit, author, content, submitted.minus(Duration.ofHours(1)));
            advance(item, o, submitted);
            items.store(item);
            n++;
        }
        return n;
    }

    private void advance(Item item, JsonObject o, Instant submitted) {
        String status = o.getString("status", "SUBMITTED");
        if (status.equals("DRAFT")) {
            return;
        }
        item.submit(submitted);
        switch (status) {
            case "ACCEPTED" -> {
                item.accept();
                if (!o.isNull("column")) {
                    columns.findByName(o.getString("column")).ifPresent(c -> item.tag(List.of(c)));
                }
            }
            case "RETURNED" -> item.returnToUnit("请补充活动的具体时间、参与人数和取得的成效后重新报送");
            case "REJECTED" -> item.reject("内容与已采用信息重复，不予采用");
            default -> {}
        }
    }

    private static List<String> lines(String name) {
        InputStream in = DemoData.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("missing demo resource " + BASE + name);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                out.add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
