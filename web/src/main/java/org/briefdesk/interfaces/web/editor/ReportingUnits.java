package org.briefdesk.interfaces.web.editor;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.domain.model.unit.UnitKind;

/** The active reporting units as a picker's options, grouped 工委 / 部门 / 街乡镇 (plain values only). */
final class ReportingUnits {

    private static final List<UnitKind> REPORTING =
            List.of(UnitKind.GONGWEI, UnitKind.DEPARTMENT, UnitKind.STREET_TOWN);

    private ReportingUnits() {}

    static List<SelectItem> options(UnitService units) {
        var active = units.activeReporting();
        List<SelectItem> groups = new ArrayList<>();
        for (UnitKind kind : REPORTING) {
            SelectItem[] items = active.stream()
                    .filter(u -> u.kind() == kind)
                    .map(u -> new SelectItem(u.id(), u.shortName(), u.name()))
                    .toArray(SelectItem[]::new);
            groups.add(new SelectItemGroup(kind.getLabel(), null, false, items));
        }
        return groups;
    }
}
