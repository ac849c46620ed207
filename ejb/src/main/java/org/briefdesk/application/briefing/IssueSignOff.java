package org.briefdesk.application.briefing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.item.ItemJournal;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.Notification;
import org.briefdesk.domain.model.account.AccountRepository;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.AuditAction;
import org.briefdesk.domain.model.briefing.BriefingEntry;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.DistrictTime;

/**
 * 签发: where a briefing title requires it, a signer (签发人, named by the administrators) other than
 * the assembling editor approves an issue in review; the signature is kept on the issue, written to
 * the trail of every item in it, and the assembling editor is told. Publication then checks it.
 */
@Stateless
public class IssueSignOff {

    @Inject
    EditableIssues editable;

    @Inject
    AccountRepository accounts;

    @Inject
    ItemJournal journal;

    @Inject
    NoticeService notices;

    private final Clock clock = DistrictTime.clock();

    /** Whether the actor may sign off issues (the issue page shows the button only to them). */
    public boolean isSigner(Actor actor) {
        return actor.is(Role.EDITOR)
                && accounts.find(actor.accountId())
                        .map(a -> a.isActive() && a.isSigner())
                        .orElse(false);
    }

    public IssueView signOff(Actor actor, long issueId, long seenVersion) {
        BriefingIssue issue = editable.current(actor, issueId, seenVersion);
        if (!isSigner(actor)) {
            throw new AccessDenied("您不是签发人，不能签发简报");
        }
        issue.signOff(actor.accountId(), actor.displayName(), clock.instant());
        String name = "《" + issue.getTitle().getName() + "》" + issue.getNumber().label();
        for (BriefingEntry e : issue.printOrder()) {
            journal.changed(e.getItem(), actor, AuditAction.SIGNED_OFF, "签发" + name);
        }
        if (issue.getCreatedById() != null) {
            notices.toAccount(
                    issue.getCreatedById(),
                    new Notification(
                            NoticeKind.ISSUE_SIGNED_OFF,
                            name,
                            name + "已由" + actor.displayName() + "签发，可以发布",
                            "/editor/issue.xhtml?id=" + issue.getId()));
        }
        return editable.saved(issue);
    }
}
