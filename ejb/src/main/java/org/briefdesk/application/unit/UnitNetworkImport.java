package org.briefdesk.application.unit;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.access.InitialPasswords;
import org.briefdesk.application.lexicon.UnitNamesChanged;
import org.briefdesk.application.unit.ImportPreview.Change;
import org.briefdesk.application.unit.ImportPreview.RowResult;
import org.briefdesk.application.unit.UnitNetwork.OfficerRow;
import org.briefdesk.application.unit.UnitNetwork.UnitRow;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.Text;

/**
 * Imports the unit network from a spreadsheet (单位及信息员导入): units with their kind, 工委 and key-unit
 * flag, then officers with login, unit, e-mail and phone. {@link #preview} runs the whole import in a
 * transaction that is rolled back, so the preview is exactly what {@link #apply} will do; apply
 * imports the rows the preview found valid and skips the others. New officers get an initial password
 * that must be changed at the first sign-in.
 */
@Stateless
public class UnitNetworkImport {

    @Inject
    UnitRepository units;

    @Inject
    AccountRepository accounts;

    @Inject
    UnitNetworkFile file;

    @Resource
    SessionContext context;

    @Inject
    Event<UnitNamesChanged> namesChanged;

    private final Clock clock = DistrictTime.clock();

    /** Reads an uploaded file (XLSX, or CSV in UTF-8 or GBK). */
    public UnitNetwork read(Actor actor, String fileName, byte[] content) {
        actor.require(Role.ADMIN);
        return file.read(fileName, content);
    }

    /** What the import would do; nothing is stored. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportPreview preview(Actor actor, UnitNetwork network) {
        actor.require(Role.ADMIN);
        ImportPreview preview = run(network, false, new ArrayList<>());
        context.setRollbackOnly();
        return preview;
    }

    /** Imports the valid rows in one transaction; answers the outcome and the new officers' passwords. */
    public Result apply(Actor actor, UnitNetwork network) {
        actor.require(Role.ADMIN);
        ImportPreview preview =
                context.getBusinessObject(UnitNetworkImport.class).preview(actor, network);
        Set<String> bad = new HashSet<>();
        preview.rows().stream()
                .filter(r -> r.change() == Change.ERROR)
                .forEach(r -> bad.add(r.sheet() + "#" + r.row()));
        UnitNetwork valid = new UnitNetwork(
                network.units().stream()
                        .filter(u -> !bad.contains(u.sheet() + "#" + u.row()))
                        .toList(),
                network.officers().stream()
                        .filter(o -> !bad.contains(o.sheet() + "#" + o.row()))
                        .toList(),
                List.of());
        List<InitialPassword> passwords = new ArrayList<>();
        ImportPreview outcome = run(valid, true, passwords);
        Set<String> unitRows = new HashSet<>();
        valid.units().forEach(u -> unitRows.add(u.sheet() + "#" + u.row()));
        if (outcome.rows().stream()
                .anyMatch(r -> unitRows.contains(r.sheet() + "#" + r.row())
                        && (r.change() == Change.NEW || r.change() == Change.CHANGED))) {
            // New and renamed units are dictionary words.
            namesChanged.fire(new UnitNamesChanged());
        }
        return new Result(preview, passwords);
    }

    /** The network as it stands, as a workbook an administrator can edit and import again. */
    public byte[] export(Actor actor) {
        actor.require(Role.ADMIN);
        List<UnitRow> unitRows = new ArrayList<>();
        int row = 2;
        for (Unit u : units.all()) {
            if (u.getKind().isReporting()) {
                unitRows.add(new UnitRow(
                        "单位",
                        row++,
                        u.getName(),
                        u.getShortName(),
                        u.getKind().getLabel(),
                        u.getParent() == null ? "" : u.getParent().getShortName(),
                        u.isKeyUnit() ? "是" : "否",
                        u.getLeader()));
            }
        }
        List<OfficerRow> officerRows = new ArrayList<>();
        row = 2;
        for (Account a : accounts.all()) {
            if (a.getRole() == Role.OFFICER) {
                officerRows.add(new OfficerRow(
                        "信息员",
                        row++,
                        a.getDisplayName(),
                        a.getLogin(),
                        a.getUnit().getShortName(),
                        a.getEmail(),
                        a.getPhone()));
            }
        }
        return file.write(new UnitNetwork(unitRows, officerRows, List.of()));
    }

    /** What an import did, and the initial passwords of the officers it created (shown once). */
    public record Result(ImportPreview outcome, List<InitialPassword> passwords) implements java.io.Serializable {}

    // ---- the import itself, the same for preview and apply

    /**
     * Runs the import; without {@code store}, new officers are only checked (their passwords are not
     * hashed), everything else is done as for real and the caller rolls it back.
     */
    private ImportPreview run(UnitNetwork network, boolean store, List<InitialPassword> passwords) {
        List<RowResult> results = new ArrayList<>();
        network.unreadable()
                .forEach(p -> results.add(new RowResult(p.sheet(), p.row(), "", Change.ERROR, p.message())));
        Map<String, Unit> byName = new HashMap<>();
        for (Unit u : units.all()) {
            byName.put(u.getName(), u);
            byName.putIfAbsent(u.getShortName(), u);
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> seenUnits = new HashMap<>();
        // 工委 first, so that a 部门 or 街乡镇 of the same file can be placed under a new 工委.
        List<UnitRow> ordered = network.units().stream()
                .sorted(Comparator.comparing(r -> !"工委".equals(strip(r.kind()))))
                .toList();
        for (UnitRow r : ordered) {
            results.add(unit(r, byName, seenUnits, today));
        }
        Map<String, Integer> seenLogins = new HashMap<>();
        for (OfficerRow r : network.officers()) {
            results.add(officer(r, byName, seenLogins, store, passwords));
        }
        results.sort(Comparator.comparing(RowResult::sheet).thenComparingInt(RowResult::row));
        return new ImportPreview(results);
    }

    private RowResult unit(UnitRow r, Map<String, Unit> byName, Map<String, Integer> seen, LocalDate today) {
        String name = strip(r.name());
        try {
            if (name.isEmpty()) {
                throw new BusinessRuleViolation("name", "单位名称不能为空");
            }
            Integer earlier = seen.putIfAbsent(name, r.row());
            if (earlier != null) {
                throw new BusinessRuleViolation("name", "单位“" + name + "”在本表第" + earlier + "行已出现");
            }
            UnitKind kind = kind(r.kind());
            boolean key = yesNo(r.keyUnit());
            Unit parent = null;
            if (!strip(r.parent()).isEmpty()) {
                parent = byName.get(strip(r.parent()));
                if (parent == null) {
                    throw new BusinessRuleViolation("parent", "上级工委“" + strip(r.parent()) + "”不存在（须为本表或系统中已有的工委）");
                }
            }
            Unit existing = byName.get(name);
            if (existing == null || !existing.getName().equals(name)) {
                Unit unit = new Unit(name, r.shortName(), kind, key);
                unit.placeUnder(parent);
                unit.assignLeader(r.leader());
                units.store(unit);
                byName.put(unit.getName(), unit);
                byName.putIfAbsent(unit.getShortName(), unit);
                return new RowResult(r.sheet(), r.row(), name, Change.NEW, describe(unit));
            }
            String before = describe(existing);
            existing.rename(name, r.shortName());
            existing.classify(kind, key, today);
            existing.placeUnder(parent);
            existing.assignLeader(r.leader());
            String after = describe(existing);
            return before.equals(after)
                    ? new RowResult(r.sheet(), r.row(), name, Change.UNCHANGED, "")
                    : new RowResult(r.sheet(), r.row(), name, Change.CHANGED, before + " → " + after);
        } catch (BusinessRuleViolation e) {
            return new RowResult(r.sheet(), r.row(), name, Change.ERROR, e.getMessage());
        }
    }

    private RowResult officer(
            OfficerRow r,
            Map<String, Unit> byName,
            Map<String, Integer> seen,
            boolean store,
            List<InitialPassword> passwords) {
        String what = strip(r.login());
        try {
            String login = Account.normaliseLogin(r.login());
            what = login;
            Integer earlier = seen.putIfAbsent(login, r.row());
            if (earlier != null) {
                throw new BusinessRuleViolation("login", "登录名“" + login + "”在本表第" + earlier + "行已出现");
            }
            String name = Text.requireLine(r.name(), "displayName", "姓名", Account.DISPLAY_NAME_MAX);
            String email = Account.normaliseEmail(r.email());
            String phone = Account.normalisePhone(r.phone());
            Unit unit = byName.get(strip(r.unit()));
            if (unit == null) {
                throw new BusinessRuleViolation(
                        "unit", strip(r.unit()).isEmpty() ? "请填写所属单位" : "所属单位“" + strip(r.unit()) + "”不存在");
            }
            if (!unit.getKind().isReporting()) {
                throw new BusinessRuleViolation("unit", "信息员必须属于一个报送单位");
            }
            var existing = accounts.findByLogin(login);
            boolean sameUnit = existing.isPresent() && existing.get().getUnit() == unit;
            if (!unit.isActive() && !sameUnit) {
                throw new BusinessRuleViolation("unit", "单位“" + unit.getName() + "”已停用");
            }
            if (existing.isEmpty()) {
                if (!store) {
                    return new RowResult(r.sheet(), r.row(), login, Change.NEW, name + "，" + unit.getShortName());
                }
                String password = InitialPasswords.generate(login);
                Account account = new Account(login, name, password, Role.OFFICER, unit);
                account.requirePasswordChange();
                account.changeEmail(email);
                account.changePhone(phone);
                accounts.store(account);
                passwords.add(new InitialPassword(login, name, unit.getShortName(), password));
                return new RowResult(r.sheet(), r.row(), login, Change.NEW, name + "，" + unit.getShortName());
            }
            Account a = existing.get();
            if (a.getRole() != Role.OFFICER) {
                throw new BusinessRuleViolation(
                        "login", "登录名“" + login + "”已被" + a.getRole().getLabel() + "账号使用");
            }
            String before = describe(a);
            a.rename(name);
            if (!sameUnit) {
                a.assign(Role.OFFICER, unit);
            }
            a.changeEmail(email);
            a.changePhone(phone);
            String after = describe(a);
            return before.equals(after)
                    ? new RowResult(r.sheet(), r.row(), login, Change.UNCHANGED, "")
                    : new RowResult(r.sheet(), r.row(), login, Change.CHANGED, before + " → " + after);
        } catch (BusinessRuleViolation e) {
            return new RowResult(r.sheet(), r.row(), what, Change.ERROR, e.getMessage());
        }
    }

    private static String describe(Unit u) {
        return u.getShortName() + "，" + u.getKind().getLabel() + (u.isKeyUnit() ? "，重点网络单位" : "")
                + (u.getParent() == null ? "" : "，隶属" + u.getParent().getShortName())
                + (u.getLeader() == null ? "" : "，分管领导" + u.getLeader());
    }

    private static String describe(Account a) {
        return a.getDisplayName() + "，" + a.getUnit().getShortName()
                + (a.getEmail() == null ? "" : "，" + a.getEmail())
                + (a.getPhone() == null ? "" : "，" + a.getPhone());
    }

    private static UnitKind kind(String label) {
        String v = strip(label);
        for (UnitKind k : List.of(UnitKind.GONGWEI, UnitKind.DEPARTMENT, UnitKind.STREET_TOWN)) {
            if (k.getLabel().equals(v) || k.name().equalsIgnoreCase(v)) {
                return k;
            }
        }
        throw new BusinessRuleViolation("kind", v.isEmpty() ? "请填写类别（工委、部门或街乡镇）" : "类别“" + v + "”应为工委、部门或街乡镇");
    }

    private static boolean yesNo(String value) {
        String v = strip(value);
        if (v.isEmpty() || v.equals("否") || v.equalsIgnoreCase("N")) {
            return false;
        }
        if (v.equals("是") || v.equalsIgnoreCase("Y")) {
            return true;
        }
        throw new BusinessRuleViolation("keyUnit", "重点网络单位应填“是”或“否”，不能是“" + v + "”");
    }

    private static String strip(String s) {
        return Objects.requireNonNullElse(s, "").strip();
    }
}
