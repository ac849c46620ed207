package org.briefdesk.infrastructure.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.unit.Unit;

/**
 * The units and columns an archive names, found by full or short name (海淀区学院路街道办事处 or
 * 学院路街道) and by column name, ignoring blanks and full-width letters and digits. Inactive units
 * match too: an archive reports units that have since merged or closed.
 */
final class UnitDirectory {

    /** A unit as the import needs it. */
    record UnitRef(long id, String shortName, boolean reporting) {}

    private final Map<String, UnitRef> units = new HashMap<>();
    private final Map<String, Long> columns = new HashMap<>();

    UnitDirectory(List<Unit> allUnits, List<BriefingColumn> allColumns) {
        for (Unit u : allUnits) {
            UnitRef ref = new UnitRef(u.getId(), u.getShortName(), u.getKind().isReporting());
            // A full name wins over another unit's short name.
            units.putIfAbsent(normal(u.getShortName()), ref);
            units.put(normal(u.getName()), ref);
        }
        for (BriefingColumn c : allColumns) {
            columns.put(normal(c.getName()), c.getId());
        }
    }

    Optional<UnitRef> unit(String name) {
        return Optional.ofNullable(units.get(normal(name)));
    }

    Optional<Long> column(String name) {
        return Optional.ofNullable(columns.get(normal(name)));
    }

    static String normal(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            b.append(c >= '！' && c <= '～' ? (char) (c - '！' + '!') : c);
        }
        return b.toString();
    }
}
