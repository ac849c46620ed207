package org.briefdesk.application.briefing;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemJournal;
import org.briefdesk.application.scoring.AdoptionService;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.briefing.BriefingEntry;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.model.briefing.ExportFormat;
import org.briefdesk.domain.model.item.Item;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * 发布: freezes an issue, stores its Word and PDF as published, marks every included item as printed
 * (已刊用) and records its adoption by the district briefing, all in one transaction: either the issue
 * is published with all of that, or (a missing font, an entry whose item was taken back) nothing changes.
 * The units it goes to (送 member units, 发 all units) are fixed now, from the units' flags of today.
 */
@Stateless
public class IssuePublication {

    @Inject
    EditableIssues editable;

    @Inject
    BriefingRepository briefings;

    @Inject
    IssueRenderer printer;

    @Inject
    ItemJournal journal;

    @Inject
    AdoptionService adoptions;

    @Inject
    Event<IssuePublished> published;

    @Inject
    UnitRepository units;

    private final Clock clock = DistrictTime.clock();

    public IssueView publish(Actor actor, long issueId, long seenVersion) {
        BriefingIssue issue = editable.current(actor, issueId, seenVersion);
        Instant now = clock.instant();
        issue.requireSignOff();
        issue.publish(actor.displayName(), now, issue.isForUnits() ? unitsFor(issue) : List.of());
        String where =
                "刊用于《" + issue.getTitle().getName() + "》" + issue.getNumber().label();
        for (BriefingEntry e : issue.printOrder()) {
            Item item = e.getItem();
            item.markPublished();
            journal.changed(item, actor, AuditAction.PUBLISHED, where);
        }
        IssueView view = editable.saved(issue);
        for (ExportFormat format : ExportFormat.values()) {
            briefings.storeExport(
                    issueId, format, printer.render(view, issue.getTitle().getLayout(), format), now);
        }
        adoptions.recordBriefingPublication(
                actor, issue.getTitle().getName(), issueId, issue.getIssueDate(), view.itemIds());
        published.fire(new IssuePublished(issueId));
        return view;
    }

    /** The active reporting units the issue's choices name today: member units, or all of them. */
    private List<Long> unitsFor(BriefingIssue issue) {
        return units.active().stream()
                .filter(u -> u.getKind().isReporting() && (issue.isToAllUnits() || u.isMemberUnit()))
                .map(Unit::getId)
                .toList();
    }
}
