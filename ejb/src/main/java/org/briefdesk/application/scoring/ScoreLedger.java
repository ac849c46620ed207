package org.briefdesk.application.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.domain.model.adoption.AdoptionRepository;
import org.briefdesk.domain.model.instruction.InstructionRepository;
import org.briefdesk.domain.model.item.CombinedSource;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.scoring.ItemScoring;
import org.briefdesk.domain.model.scoring.RuleBook;
import org.briefdesk.domain.model.scoring.RuleSetRepository;
import org.briefdesk.domain.model.scoring.ScoreCredit;
import org.briefdesk.domain.model.scoring.ScoreLine;
import org.briefdesk.domain.model.scoring.ScoreLineRepository;
import org.briefdesk.domain.model.scoring.ScoredRecord;

/**
 * Keeps the stored score lines (计分明细) of items in step with their adoptions and instructions.
 *
 * <p>Why stored lines rather than computing from the records at query time: "only the highest
 * adoption counts" is a per-item running maximum, which a GROUP BY cannot express portably; with one
 * line per record holding what it added ({@link ItemScoring}), every report is a plain SUM over a
 * date range. Each line names the rule version in force on the record's date. A new rule version
 * leaves existing lines alone; lines change only when the item gets a new record or an administrator
 * recomputes a period ({@link #recomputeBetween}). Submission points are not stored: they are a count
 * of items by submission date times the version's value, which the database counts directly.
 */
@ApplicationScoped
public class ScoreLedger {

    @Inject
    ItemRepository items;

    @Inject
    AdoptionRepository adoptions;

    @Inject
    InstructionRepository instructions;

    @Inject
    RuleSetRepository rules;

    @Inject
    ScoreLineRepository lines;

    /**
     * Rescores the item after one of its records changed: a combined item's sources are the items
     * credited, so each of them is rescored; an item of the office itself earns nothing.
     */
    public void rescore(Item item) {
        RuleBook book = rules.book();
        if (item.isCombined()) {
            for (CombinedSource s : item.getSources()) {
                items.find(s.getItemId()).ifPresent(source -> rescoreSource(source, book));
            }
        } else {
            rescoreSource(item, book);
        }
    }

    /** Rewrites the lines of every item with a record dated in [from, to]; returns how many items. */
    public int recomputeBetween(LocalDate from, LocalDate to) {
        RuleBook book = rules.book();
        List<Long> ids = lines.itemsCountedBetween(from, to);
        for (Long id : ids) {
            items.find(id).ifPresent(i -> rescoreSource(i, book));
        }
        return ids.size();
    }

    private void rescoreSource(Item item, RuleBook book) {
        if (!item.getUnit().getKind().isReporting() || item.isCombined()) {
            return;
        }
        lines.lockForRescore(item.getId());
        List<ScoredRecord> records = new ArrayList<>();
        adoptions.ofItem(item.getId()).forEach(a -> records.add(ScoredRecord.of(a, null)));
        instructions.ofItem(item.getId()).forEach(i -> records.add(ScoredRecord.of(i, null)));
        Item combined = item.getCombinedInto();
        if (combined != null) {
            adoptions.ofItem(combined.getId()).forEach(a -> records.add(ScoredRecord.of(a, combined.getId())));
            instructions.ofItem(combined.getId()).forEach(i -> records.add(ScoredRecord.of(i, combined.getId())));
        }
        Long authorId = item.getAuthor() == null ? null : item.getAuthor().getId();
        List<ScoreLine> result = new ArrayList<>();
        for (ScoreCredit c : ItemScoring.credit(records, book)) {
            result.add(new ScoreLine(item.getId(), item.getUnit().getId(), authorId, c));
        }
        lines.replace(item.getId(), result);
    }
}
