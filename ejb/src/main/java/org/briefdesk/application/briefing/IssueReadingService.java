package org.briefdesk.application.briefing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.scoring.InstructionService;
import org.briefdesk.application.scoring.InstructionView;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.briefing.BriefingEntry;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.model.briefing.UnitDistributionRepository;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;

/**
 * Reading issues (阅读简报): leaders read the published issues distributed to them, officers those
 * sent to their unit, online or as files, and every first reading is a receipt the editors see (per
 * leader, per unit); editors read everything, drafts included (a draft's files are rendered on
 * request, a published issue's are the stored ones). Leaders write their instructions (批示) here.
 * Every path to an issue (page, API, download) goes through {@link #readable}.
 */
@Stateless
public class IssueReadingService {

    @Inject
    BriefingRepository briefings;

    @Inject
    EditableIssues editable;

    @Inject
    IssueRenderer printer;

    @Inject
    InstructionService instructions;

    @Inject
    UnitDistributionRepository unitDistribution;

    private final Clock clock = DistrictTime.clock();

    /** The published issues distributed to the caller (an officer: to their unit), newest first. */
    public List<IssueView> myIssues(Actor actor, int limit) {
        List<BriefingIssue> issues = officerUnit(actor) != null
                ? unitDistribution.publishedForUnit(officerUnit(actor), limit)
                : briefings.publishedFor(actor.accountId(), limit);
        return issues.stream().map(IssueView::of).toList();
    }

    /** Opens an issue; a recipient's first opening is recorded as read. */
    public IssueView open(Actor actor, long issueId) {
        BriefingIssue issue = readable(actor, issueId);
        receipt(actor, issue);
        return IssueView.of(issue);
    }

    /** Of the given issues, those the caller has read (for the portal's unread marks). */
    public Set<Long> readIssueIds(Actor actor, List<Long> issueIds) {
        return officerUnit(actor) != null
                ? unitDistribution.readBy(officerUnit(actor), issueIds)
                : briefings.readBy(actor.accountId(), issueIds);
    }

    /**
     * The issue's .docx or .pdf, named after the issue (海淀区创建首都文明区简报2026年普刊第12期.pdf): as
     * published, or rendered now for an editor's draft. Reading the file counts as reading the issue.
     */
    public IssueFile file(Actor actor, long issueId, ExportFormat format) {
        BriefingIssue issue = readable(actor, issueId);
        receipt(actor, issue);
        String name = issue.getTitle().getName()
                + issue.getNumber().label()
                + (issue.isPublished() ? "" : "（草稿）")
                + format.extension();
        byte[] content = issue.isPublished()
                ? briefings.export(issueId, format).orElseThrow(() -> new NotFound("该期的发布文件不存在"))
                : printer.render(IssueView.of(issue), issue.getTitle().getLayout(), format);
        return new IssueFile(name, format, content);
    }

    /** An issue's exported file as a download names it. */
    public record IssueFile(String fileName, ExportFormat format, byte[] content) {}

    /** A leader's instruction on an entry of an issue distributed to them (district leaders: 区级). */
    public InstructionView instruct(Actor actor, long issueId, long entryId, String text) {
        actor.require(Role.LEADER);
        BriefingIssue issue = readable(actor, issueId);
        BriefingEntry entry = issue.entry(entryId);
        return instructions.record(
                actor, entry.getItem().getId(), LeaderLevel.DISTRICT, null, LocalDate.now(clock), text, entryId);
    }

    /**
     * Instructions written on the issue's entries, for its leaders and its editors; a unit reading the
     * issue sees none (a leader's 批示 reaches the units whose item it is, on that item).
     */
    public List<InstructionView> instructionsOn(Actor actor, long issueId) {
        BriefingIssue issue = readable(actor, issueId);
        if (actor.is(Role.OFFICER)) {
            return List.of();
        }
        return instructions.forBriefingEntries(
                actor, issue.printOrder().stream().map(BriefingEntry::getId).toList());
    }

    /** The one visibility rule for an issue, on every path. */
    private BriefingIssue readable(Actor actor, long issueId) {
        BriefingIssue issue = editable.find(issueId);
        if (actor.is(Role.EDITOR)) {
            return issue;
        }
        // Anyone else sees only published issues distributed to them; a draft's existence is not revealed.
        if (!issue.isPublished()) {
            throw new NotFound("该期简报不存在");
        }
        if (!issue.isReadableBy(actor.accountId(), officerUnit(actor))) {
            throw new AccessDenied(actor.is(Role.OFFICER) ? "本期简报未发送给本单位" : "本期简报未分发给您");
        }
        return issue;
    }

    private void receipt(Actor actor, BriefingIssue issue) {
        if (!issue.isPublished()) {
            return;
        }
        if (issue.isDistributedTo(actor.accountId())) {
            briefings.markRead(issue.getId(), actor.accountId(), clock.instant());
        }
        Long unit = officerUnit(actor);
        if (unit != null && issue.isDistributedToUnit(unit)) {
            unitDistribution.markRead(issue.getId(), unit, actor.accountId(), clock.instant());
        }
    }

    /** An officer reads for their unit; nobody else does. */
    private static Long officerUnit(Actor actor) {
        return actor.is(Role.OFFICER) ? actor.unitId() : null;
    }
}
