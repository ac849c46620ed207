package org.briefdesk.application.unit;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.lexicon.UnitNamesChanged;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;

/** The units of the network (单位管理). */
@Stateless
public class UnitService {

    @Inject
    UnitRepository units;

    /** Unit names are dictionary words: a new or renamed unit is published with the dictionary. */
    @Inject
    Event<UnitNamesChanged> namesChanged;

    /** Every unit, for lists and pickers; visible to every signed-in role. */
    public List<Unit> all() {
        return units.all();
    }

    /** The units that report items (工委, 部门, 街乡镇), for the inbox's unit filter. */
    public List<UnitChoice> reporting() {
        return units.all().stream()
                .filter(u -> u.getKind().isReporting())
                .map(UnitChoice::of)
                .toList();
    }

    public List<Unit> active() {
        return units.active();
    }

    public Unit create(Actor actor, UnitForm form) {
        actor.require(Role.ADMIN);
        Unit unit = new Unit(form.name(), form.shortName(), form.kind(), form.keyUnit());
        requireUniqueName(unit.getName(), null);
        namesChanged.fire(new UnitNamesChanged());
        return units.store(unit);
    }

    public Unit update(Actor actor, long unitId, UnitForm form) {
        actor.require(Role.ADMIN);
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFound("单位不存在"));
        String name = form.name() == null ? null : form.name().strip();
        requireUniqueName(name, unitId);
        unit.rename(form.name(), form.shortName());
        unit.classify(form.kind(), form.keyUnit());
        namesChanged.fire(new UnitNamesChanged());
        return unit;
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

    private void requireUniqueName(String name, Long self) {
        units.findByName(name).filter(u -> !u.getId().equals(self)).ifPresent(u -> {
            throw new BusinessRuleViolation("name", "单位“" + name + "”已存在");
        });
    }

    /** What the unit form submits. */
    public record UnitForm(String name, String shortName, UnitKind kind, boolean keyUnit) {}
}
