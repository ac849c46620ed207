package org.briefdesk.application.scoring;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemService;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.item.CombinedSource;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.item.ItemRepository;
import org.briefdesk.domain.model.scoring.RuleBook;
import org.briefdesk.domain.model.scoring.RuleSet;
import org.briefdesk.domain.model.scoring.RuleSetRepository;
import org.briefdesk.domain.model.scoring.ScoreKey;
import org.briefdesk.domain.model.scoring.ScoreLine;
import org.briefdesk.domain.model.scoring.ScoreLineRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * Score rules and item scores (计分规则与得分): administrators add rule versions and recompute
 * periods; anyone who may see an item may see how it scored.
 */
@Stateless
public class ScoringService {

    @Inject
    RuleSetRepository rules;

    @Inject
    ScoreLineRepository lines;

    @Inject
    ItemRepository items;

    @Inject
    ItemService itemService;

    @Inject
    ScoreLedger ledger;

    private final Clock clock = DistrictTime.clock();

    /** Every rule version, oldest first. */
    public List<RuleSetView> versions(Actor actor) {
        return rules.book().versions().stream().map(RuleSetView::of).toList();
    }

    /** The version in force today. */
    public RuleSetView current(Actor actor) {
        return RuleSetView.of(rules.book().current(LocalDate.now(clock)));
    }

    /**
     * 新增规则版本. It applies to records dated from {@code effectiveFrom}. Scores already computed
     * are kept: a date in the past is refused unless the administrator asks to recompute from that
     * date, so history never changes silently.
     *
     * @return the number of items recomputed
     */
    public int addVersion(
            Actor actor,
            LocalDate effectiveFrom,
            Map<ScoreKey, Integer> points,
            boolean highestAdoptionOnly,
            boolean highestInstructionOnly,
            boolean adoptionAndInstructionAdd,
            String note,
            boolean recomputeHistory) {
        actor.require(Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        RuleSet version = new RuleSet(
                effectiveFrom,
                points,
                highestAdoptionOnly,
                highestInstructionOnly,
                adoptionAndInstructionAdd,
                note,
                actor.displayName(),
                clock.instant());
        boolean past = effectiveFrom.isBefore(today);
        if (past && !recomputeHistory) {
            throw new BusinessRuleViolation(
                    "effectiveFrom", "生效日期早于今天，会改变已统计的历史得分；" + "如确需按新规则重算" + effectiveFrom + "以来的得分，请勾选“重新计算历史得分”");
        }
        rules.store(version);
        return past ? ledger.recomputeBetween(effectiveFrom, today) : 0;
    }

    /** 重新计算: rewrites the score lines of records dated in [from, to] with the versions in force by date. */
    public int recompute(Actor actor, LocalDate from, LocalDate to) {
        actor.require(Role.ADMIN);
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessRuleViolation("period", "请填写正确的重算起止日期");
        }
        return ledger.recomputeBetween(from, to);
    }

    /**
     * How the item scored. A combined item earns nothing itself: its sources are credited, so the
     * answer lists each source's score.
     */
    public List<ItemScoreView> explain(Actor actor, long itemId) {
        Item item = itemService.view(actor, itemId);
        RuleBook book = rules.book();
        List<ItemScoreView> views = new ArrayList<>();
        if (item.isCombined()) {
            for (CombinedSource s : item.getSources()) {
                items.find(s.getItemId()).ifPresent(source -> views.add(explain(source, book)));
            }
        } else if (item.getUnit().getKind().isReporting()) {
            views.add(explain(item, book));
        }
        return views;
    }

    private ItemScoreView explain(Item item, RuleBook book) {
        LocalDate submittedOn =
                item.getSubmittedAt() == null || !item.getStatus().reachedOffice()
                        ? null
                        : item.getSubmittedAt().atZone(DistrictTime.ZONE).toLocalDate();
        int submission = submittedOn == null ? 0 : book.inForceOn(submittedOn).submissionPoints();
        long total = submission;
        List<ItemScoreView.Line> out = new ArrayList<>();
        for (ScoreLine l : lines.ofItem(item.getId())) {
            out.add(new ItemScoreView.Line(
                    l.getCountedOn(),
                    l.getKind().getLabel(),
                    l.getPoints(),
                    l.getCredited(),
                    l.isSuperseded(),
                    l.getExplanation()));
            total += l.getCredited();
        }
        return new ItemScoreView(
                item.getId(), item.getTitle(), item.getUnit().getName(), submittedOn, submission, out, total);
    }
}
