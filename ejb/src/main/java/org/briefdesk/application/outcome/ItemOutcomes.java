package org.briefdesk.application.outcome;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.scoring.ItemScoreView;
import org.briefdesk.application.scoring.ScoringService;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.adoption.Adoption;
import org.briefdesk.domain.model.adoption.AdoptionRepository;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.model.column.BriefingColumn;
import org.briefdesk.domain.model.instruction.Instruction;
import org.briefdesk.domain.model.instruction.InstructionRepository;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;

/**
 * The officer's “my items” (本单位信息的去向): each item of the unit with what became of it. Read only;
 * every item shown is one of the officer's own unit, and what it shows of a combined item is only
 * what concerns this unit's source.
 */
@Stateless
public class ItemOutcomes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    ItemRepository items;

    @Inject
    BriefingRepository briefings;

    @Inject
    AdoptionRepository adoptions;

    @Inject
    InstructionRepository instructions;

    @Inject
    ScoringService scoring;

    /** The unit's latest items, newest first, each with its fate. */
    public List<ItemOutcome> ofMyUnit(Actor actor, int limit) {
        actor.require(Role.OFFICER);
        List<Item> mine = items.ofUnit(actor.unitId(), limit);
        // Where each item was used: itself, or the combined item it went into.
        List<Long> used = mine.stream()
                .map(ItemOutcomes::usedAs)
                .map(Item::getId)
                .distinct()
                .toList();
        Map<Long, List<BriefingIssue>> issues = briefings.otherIssuesOf(used, 0L);
        List<ItemOutcome> out = new ArrayList<>();
        for (Item item : mine) {
            out.add(outcome(actor, item, issues.getOrDefault(usedAs(item).getId(), List.of())));
        }
        return out;
    }

    private static Item usedAs(Item item) {
        return item.getCombinedInto() == null ? item : item.getCombinedInto();
    }

    private ItemOutcome outcome(Actor actor, Item item, List<BriefingIssue> issues) {
        Item used = usedAs(item);
        boolean combinedSource = used != item;
        List<String> printedIn = issues.stream()
                .filter(BriefingIssue::isPublished)
                .map(i -> "《" + i.getTitle().getName() + "》" + i.getNumber().label() + "（"
                        + DAY.format(i.getIssueDate()) + "）")
                .toList();
        List<String> adopted = new ArrayList<>();
        for (Adoption a : adoptions.ofItem(used.getId())) {
            adopted.add("《" + a.getOutlet().getName() + "》"
                    + a.getOutlet().getLevel().getLabel() + "·" + a.getMode().getLabel() + "（"
                    + DAY.format(a.getAdoptedOn()) + "）");
        }
        List<ItemOutcome.LeaderWords> words = new ArrayList<>();
        for (Instruction i : instructions.ofItem(used.getId())) {
            words.add(new ItemOutcome.LeaderWords(
                    i.getLevel().getLabel() + "领导" + i.getLeaderName(), i.getInstructedOn(), i.getText()));
        }
        long points = 0;
        List<String> lines = new ArrayList<>();
        if (item.getStatus().reachedOffice()) {
            for (ItemScoreView score : scoring.explain(actor, item.getId())) {
                points += score.total();
                if (score.submittedOn() != null && score.submissionPoints() > 0) {
                    lines.add("报送" + score.submissionPoints() + "分（" + DAY.format(score.submittedOn()) + "）");
                }
                for (ItemScoreView.Line l : score.lines()) {
                    lines.add(l.explanation() + "：计" + l.credited() + "分" + (l.superseded() ? "（已按更高一项计分）" : ""));
                }
            }
        }
        return new ItemOutcome(
                item.getId(),
                item.getVersion(),
                item.getTitle(),
                item.getStatus(),
                combinedSource ? "被综合采用" : item.getStatus().getLabel(),
                item.getStatusReason(),
                item.getSubmittedAt(),
                item.isUrgent(),
                used.getColumns().stream().map(BriefingColumn::getName).toList(),
                combinedSource ? used.getTitle() : null,
                printedIn,
                adopted,
                words,
                points,
                lines);
    }
}
