package org.briefdesk.infrastructure.persistence;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitLabel;

/** The order units are listed in: the office, 工委, 部门, 街乡镇; by Chinese collation within a kind. */
final class Units {

    static final Comparator<Unit> DISPLAY_ORDER = Comparator.comparingInt((Unit u) -> rank(u.getKind()))
            .thenComparing(Unit::getName, Collator.getInstance(Locale.CHINA));

    static final Comparator<UnitLabel> LABEL_ORDER = Comparator.comparingInt((UnitLabel u) -> rank(u.kind()))
            .thenComparing(UnitLabel::name, Collator.getInstance(Locale.CHINA));

    private static int rank(UnitKind kind) {
        return switch (kind) {
            case OFFICE -> 0;
            case GONGWEI -> 1;
            case DEPARTMENT -> 2;
            case STREET_TOWN -> 3;
        };
    }

    private Units() {}
}
