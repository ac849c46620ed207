package org.briefdesk.application.item;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.ItemChannel;
import org.briefdesk.domain.model.item.ItemContent;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * Reports taken by editors (代录): a unit that phones in, sends paper, or whose report a leader passes
 * on gets a submitted item of its own, recorded by an editor with the channel it came through. It
 * scores for the unit like any other; no officer is its author.
 */
@Stateless
public class TakenReportService {

    @Inject
    UnitRepository units;

    @Inject
    ReportIntake intake;

    public ItemView record(Actor actor, Long unitId, ItemChannel channel, ItemContent content) {
        actor.require(Role.EDITOR);
        if (channel == null || !channel.takenByEditor()) {
            throw new BusinessRuleViolation("channel", "请选择报送渠道：电话、纸质、领导转交或邮件");
        }
        Unit unit = reportingUnit(units, unitId);
        return ItemView.of(
                intake.arrive(actor, unit, null, content, channel, List.of()).item());
    }

    /** An active unit that reports (not the office itself), or a message naming the field. */
    public static Unit reportingUnit(UnitRepository units, Long unitId) {
        return (unitId == null ? Optional.<Unit>empty() : units.find(unitId))
                .filter(Unit::isActive)
                .filter(u -> u.getKind().isReporting())
                .orElseThrow(() -> new BusinessRuleViolation("unit", "请选择报送单位"));
    }
}
