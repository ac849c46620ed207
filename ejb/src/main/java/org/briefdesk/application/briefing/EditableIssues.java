package org.briefdesk.application.briefing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.briefdesk.application.UnitOfWork;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.briefing.BriefingIssue;
import org.briefdesk.domain.model.briefing.BriefingRepository;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;

/**
 * The optimistic-locking rule every editor action on an issue follows: the action names the version
 * the editor saw; any change, to an entry too, bumps the issue's version, so the second of two editors
 * acting on one issue is told to reload instead of silently undoing the first.
 */
@Dependent
public class EditableIssues {

    public static final String STALE = "本期已被其他编辑修改，请刷新后重试";

    @Inject
    BriefingRepository briefings;

    @Inject
    UnitOfWork unitOfWork;

    public BriefingIssue find(long issueId) {
        return briefings.findIssue(issueId).orElseThrow(() -> new NotFound("该期简报不存在"));
    }

    public BriefingIssue current(Actor actor, long issueId, long seenVersion) {
        actor.require(Role.EDITOR);
        BriefingIssue issue = find(issueId);
        if (issue.getVersion() != seenVersion) {
            throw new BusinessRuleViolation("version", STALE);
        }
        try {
            // Bumps the version now (not at commit), so the view returned after the change carries the
            // version the page must send next, and a concurrent editor fails here or at the flush.
            unitOfWork.raiseVersion(issue);
        } catch (UnitOfWork.Conflict e) {
            throw new BusinessRuleViolation("version", STALE);
        }
        return issue;
    }

    /** Flushes, so a concurrent commit surfaces here as {@link #STALE} rather than at commit. */
    public IssueView saved(BriefingIssue issue) {
        try {
            unitOfWork.flush();
        } catch (UnitOfWork.Conflict e) {
            throw new BusinessRuleViolation("version", STALE);
        }
        return IssueView.of(issue);
    }
}
