package org.briefdesk.search.query;

import java.time.LocalDate;
import java.util.List;

/**
 * One hit. {@code titleHighlight} is the whole title with {@code <em>…</em>} around matched
 * characters (HTML-escaped otherwise); {@code fragments} are body passages marked the same way.
 */
public record SearchHit(
        String id,
        float score,
        String title,
        String titleHighlight,
        List<String> fragments,
        String unit,
        LocalDate date) {}
