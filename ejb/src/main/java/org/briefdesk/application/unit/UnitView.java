package org.briefdesk.application.unit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;

/**
 * A unit as pages and the API show it (单位): its place in the tree, its key-unit and member-unit
 * (区创建办成员单位) flags, the quota of this week and of next week (they differ while a change waits),
 * its leader in charge and officers.
 */
public record UnitView(
        long id,
        String name,
        String shortName,
        UnitKind kind,
        boolean keyUnit,
        boolean active,
        boolean memberUnit,
        Long parentId,
        String parentName,
        String leader,
        int quotaThisWeek,
        int quotaNextWeek,
        List<OfficerView> officers)
        implements Serializable {

    /** An information officer (信息员) of the unit. */
    public record OfficerView(long id, String login, String displayName, boolean active) implements Serializable {}

    static UnitView of(Unit u, LocalDate today, List<OfficerView> officers) {
        Unit parent = u.getParent();
        return new UnitView(
                u.getId(),
                u.getName(),
                u.getShortName(),
                u.getKind(),
                u.isKeyUnit(),
                u.isActive(),
                u.isMemberUnit(),
                parent == null ? null : parent.getId(),
                parent == null ? null : parent.getShortName(),
                u.getLeader(),
                u.quotaInWeekOf(today).perWeek(),
                u.quotaInWeekOf(today.plusWeeks(1)).perWeek(),
                officers);
    }

    public String kindLabel() {
        return kind.getLabel();
    }

    /** Whether a quota change waits for next Monday. */
    public boolean quotaChangePending() {
        return quotaNextWeek != quotaThisWeek;
    }
}
