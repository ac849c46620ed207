package org.briefdesk.domain.model.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/**
 * Every version of the score rules, ordered by effective date (计分规则沿革): answers which version
 * was in force on a day, and cuts a period into the spans of each version.
 */
public final class RuleBook {

    private final List<RuleSet> versions;

    public RuleBook(List<RuleSet> versions) {
        if (versions == null || versions.isEmpty()) {
            throw new BusinessRuleViolation("rules", "尚未设置计分规则");
        }
        List<RuleSet> sorted = new ArrayList<>(versions);
        // On the same effective date the later version wins.
        sorted.sort(Comparator.comparing(RuleSet::getEffectiveFrom)
                .thenComparing(RuleSet::getCreatedAt)
                .thenComparing(r -> r.getId() == null ? Long.MAX_VALUE : r.getId()));
        this.versions = List.copyOf(sorted);
    }

    /** The version in force on {@code day}; before the first version, the first one. */
    public RuleSet inForceOn(LocalDate day) {
        RuleSet found = versions.get(0);
        for (RuleSet r : versions) {
            if (!r.getEffectiveFrom().isAfter(day)) {
                found = r;
            }
        }
        return found;
    }

    public RuleSet current(LocalDate today) {
        return inForceOn(today);
    }

    /** A span of days [from, to] in which one version is in force. */
    public record Span(LocalDate from, LocalDate to, RuleSet rules) {}

    /** The period [from, to] cut at each version's effective date. */
    public List<Span> spans(LocalDate from, LocalDate to) {
        List<Span> spans = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            RuleSet r = inForceOn(start);
            LocalDate end = to;
            for (RuleSet v : versions) {
                if (v.getEffectiveFrom().isAfter(start) && !v.getEffectiveFrom().isAfter(end)) {
                    end = v.getEffectiveFrom().minusDays(1);
                    break;
                }
            }
            spans.add(new Span(start, end, r));
            start = end.plusDays(1);
        }
        return spans;
    }

    public List<RuleSet> versions() {
        return versions;
    }
}
