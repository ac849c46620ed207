package org.briefdesk.domain.model.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out what each adoption and instruction of one item earns (单条信息计分).
 *
 * <p>Records are taken in date order. Under "highest only" a record earns only what it adds over the
 * best record of its kind that counted before it: the district briefing's 5 points count in March,
 * the city paper's 20 in April count as 15 more, a later district adoption adds nothing. So any
 * period's sum is exact, each month's statistics stay what they were when the month closed (unless
 * a record dated in it is entered later), and the item's total is always its highest.
 * When the rule set says adoptions and instructions do not add up, both kinds compete in one track.
 */
public final class ItemScoring {

    private ItemScoring() {}

    public static List<ScoreCredit> credit(List<ScoredRecord> records, RuleBook book) {
        List<ScoredRecord> ordered = new ArrayList<>(records);
        ordered.sort(Comparator.comparing(ScoredRecord::on)
                .thenComparing(ScoredRecord::kind)
                .thenComparingLong(ScoredRecord::recordId));
        Map<String, Integer> best = new HashMap<>();
        Map<String, String> bestName = new HashMap<>();
        List<ScoreCredit> credits = new ArrayList<>();
        for (ScoredRecord r : ordered) {
            RuleSet rules = book.inForceOn(r.on());
            int points = rules.points(r.key());
            String track = rules.isAdoptionAndInstructionAdd() ? r.kind().name() : "ANY";
            boolean highestOnly = r.kind() == ScoredRecord.Kind.ADOPTION
                    ? rules.isHighestAdoptionOnly()
                    : rules.isHighestInstructionOnly();
            int before = best.getOrDefault(track, 0);
            int credited;
            String explanation;
            if (!highestOnly) {
                credited = points;
                explanation = r.key().getLabel() + "计" + points + "分";
            } else if (points > before) {
                credited = points - before;
                explanation = before == 0
                        ? r.key().getLabel() + "计" + points + "分"
                        : r.key().getLabel() + points + "分，高于已计的" + bestName.get(track) + before + "分，按最高分补计" + credited
                                + "分";
            } else {
                credited = 0;
                explanation = "不高于已计的" + bestName.get(track) + before + "分，按最高分计算不再计分";
            }
            if (points > before) {
                best.put(track, points);
                bestName.put(track, r.describe());
            }
            credits.add(new ScoreCredit(r, rules, points, credited, explanation));
        }
        return credits;
    }
}
