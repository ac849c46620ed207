package org.briefdesk.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading the rows of native queries the same way on H2 and PostgreSQL: their drivers return
 * different number and timestamp types for the same column.
 */
final class NativeRows {

    private NativeRows() {}

    /** A single-column result of ids. */
    static Set<Long> ids(List<?> rows) {
        Set<Long> ids = new HashSet<>();
        for (Object r : rows) {
            ids.add(((Number) r).longValue());
        }
        return ids;
    }

    /** Rows of (id, timestamp), in the query's order. */
    static Map<Long, Instant> instantsById(List<?> rows) {
        Map<Long, Instant> m = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            m.put(((Number) r[0]).longValue(), instant(r[1]));
        }
        return m;
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
