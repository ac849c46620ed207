package org.briefdesk.application.unit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.lexicon.UnitNamesChanged;
import org.briefdesk.domain.model.account.Account;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitLabel;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.model.unit.WeeklyQuota;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/** The units of the network (单位管理): the list, the tree of 工委 and their units, quotas and leaders. */
@Stateless
public class UnitService {

    @Inject
    UnitRepository units;

    /** Unit names are dictionary words: a new or renamed unit is published with the dictionary. */
    @Inject
    Event<UnitNamesChanged> namesChanged;

    @Inject
    AccountRepository accounts;

    @Inject
    ReportingUnitChoices reportingChoices;

    private final Clock clock = DistrictTime.clock();

    /** The units that report items (工委, 部门, 街乡镇), for the inbox's unit filter; kept between changes. */
    public List<UnitChoice> reporting() {
        return reportingChoices.get(() -> units.labels().stream()
                .filter(u -> u.kind().isReporting())
                .map(UnitChoice::of)
                .toList());
    }

    /** The active units that report items (工委, 部门, 街乡镇), for the pickers of 代录 and 来信待分派. */
    public List<UnitLabel> activeReporting() {
        return units.active().stream()
                .filter(u -> u.getKind().isReporting())
                .map(u -> new UnitLabel(u.getId(), u.getKind(), u.getName(), u.getShortName()))
                .toList();
    }

    /** Every unit as a view, in display order, with officers; every signed-in role may read it. */
    public List<UnitView> views() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<UnitView.OfficerView>> officers = officersByUnit();
        return units.all().stream()
                .map(u -> UnitView.of(u, today, officers.getOrDefault(u.getId(), List.of())))
                .toList();
    }

    public UnitView view(long unitId) {
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("单位不存在"));
        return UnitView.of(unit, LocalDate.now(clock), officersByUnit().getOrDefault(unitId, List.of()));
    }

    /** Adds a unit (a new one has no officers yet). */
    public UnitView create(Actor actor, UnitForm form) {
        return UnitView.of(add(actor, form), LocalDate.now(clock), List.of());
    }

    /** Changes a unit's name and kind. */
    public UnitView update(Actor actor, long unitId, UnitForm form) {
        Unit unit = revise(actor, unitId, form);
        return UnitView.of(unit, LocalDate.now(clock), officersByUnit().getOrDefault(unitId, List.of()));
    }

    /**
     * Sets a unit's place in the tree, key-unit flag, quota (from next week) and leader in charge. A
     * quota left null keeps the quota (or gives a new key unit the plan's).
     */
    public UnitView configure(Actor actor, long unitId, UnitSettings settings) {
        actor.require(Role.ADMIN);
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("单位不存在"));
        LocalDate today = LocalDate.now(clock);
        Unit parent = settings.parentId() == null
                ? null
                : units.find(settings.parentId()).orElseThrow(() -> new BusinessRuleViolation("parent", "上级工委不存在"));
        unit.placeUnder(parent);
        unit.classify(unit.getKind(), settings.keyUnit(), today);
        if (settings.weeklyQuota() != null) {
            unit.changeQuota(new WeeklyQuota(settings.weeklyQuota()), today);
        }
        unit.assignLeader(settings.leader());
        return UnitView.of(unit, today, officersByUnit().getOrDefault(unitId, List.of()));
    }

    /** Adds a unit with its place in the tree, quota and leader, all or nothing. */
    public UnitView create(Actor actor, UnitForm form, UnitSettings settings) {
        return configure(actor, add(actor, form).getId(), settings);
    }

    /** Changes a unit's name, kind and settings, all or nothing; {@code active} null keeps it. */
    public UnitView change(Actor actor, long unitId, UnitForm form, UnitSettings settings, Boolean active) {
        revise(actor, unitId, form);
        if (active != null) {
            setActive(actor, unitId, active);
        }
        return configure(actor, unitId, settings);
    }

    /** 设为 / 取消区创建办成员单位: issues sent to member units (送) reach it from the next publication. */
    public void setMember(Actor actor, long unitId, boolean member) {
        actor.require(Role.ADMIN);
        units.find(unitId).orElseThrow(() -> new NotFound("单位不存在")).makeMember(member);
    }

    public void setActive(Actor actor, long unitId, boolean active) {
        actor.require(Role.ADMIN);
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("单位不存在"));
        if (active) {
            unit.activate();
        } else {
            unit.deactivate();
        }
    }

    private Unit add(Actor actor, UnitForm form) {
        actor.require(Role.ADMIN);
        Unit unit = new Unit(form.name(), form.shortName(), form.kind(), form.keyUnit());
        requireUniqueName(unit.getName(), null);
        namesChanged.fire(new UnitNamesChanged());
        return units.store(unit);
    }

    private Unit revise(Actor actor, long unitId, UnitForm form) {
        actor.require(Role.ADMIN);
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("单位不存在"));
        String name = form.name() == null ? null : form.name().strip();
        requireUniqueName(name, unitId);
        unit.rename(form.name(), form.shortName());
        unit.classify(form.kind(), form.keyUnit(), LocalDate.now(clock));
        namesChanged.fire(new UnitNamesChanged());
        return unit;
    }

    private Map<Long, List<UnitView.OfficerView>> officersByUnit() {
        Map<Long, List<UnitView.OfficerView>> byUnit = new HashMap<>();
        for (Account a : accounts.all()) {
            if (a.getRole() == Role.OFFICER && a.getUnit() != null) {
                byUnit.computeIfAbsent(a.getUnit().getId(), k -> new ArrayList<>())
                        .add(new UnitView.OfficerView(a.getId(), a.getLogin(), a.getDisplayName(), a.isActive()));
            }
        }
        return byUnit;
    }

    private void requireUniqueName(String name, Long self) {
        units.findByName(name).filter(u -> !u.getId().equals(self)).ifPresent(u -> {
            throw new BusinessRuleViolation("name", "单位“" + name + "”已存在");
        });
    }

    /** What the unit form submits. */
    public record UnitForm(String name, String shortName, UnitKind kind, boolean keyUnit) {}

    /** What the unit tree's dialog and {@code PUT /api/units/{id}} submit. */
    public record UnitSettings(Long parentId, boolean keyUnit, Integer weeklyQuota, String leader) {}
}
