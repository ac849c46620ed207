package org.briefdesk.infrastructure.persistence;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import org.briefdesk.domain.model.unit.Unit;

/** The order units are listed in: the office, 工委, 部门, 街乡镇; by Chinese collation within a kind. */
final class Units {

    static final Comparator<Unit> DISPLAY_ORDER = Comparator.comparingInt((Unit u) -> switch (u.getKind()) {
                case OFFICE -> 0;
                case GONGWEI -> 1;
                case DEPARTMENT -> 2;
                case STREET_TOWN -> 3;
            })
            .thenComparing(Unit::getName, Collator.getInstance(Locale.CHINA));

    private Units() {}
}
