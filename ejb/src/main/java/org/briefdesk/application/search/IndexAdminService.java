package org.briefdesk.application.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/** The administrator's view of the search index (索引管理) and the rebuild job. */
@Stateless
public class IndexAdminService {

    @Inject
    IndexMaintenance index;

    /** Starts the rebuild-index batch job; refused while a rebuild runs. Returns the execution id. */
    public long startRebuild(Actor actor) {
        actor.require(Role.ADMIN);
        if (index.progress().running()) {
            throw new BusinessRuleViolation("索引正在重建，请等待完成");
        }
        return index.startRebuild();
    }

    public Status status(Actor actor) {
        actor.require(Role.ADMIN);
        return new Status(
                index.documents(),
                index.appliedSequence(),
                index.databaseSequence(),
                index.progress(),
                index.notice().orElse(null));
    }

    /**
     * Index size, the last change it applied, the last change the database has, the rebuild, and why
     * the index last rebuilt itself (a damaged directory, another database), or null.
     */
    public record Status(
            int documents, long appliedSequence, long databaseSequence, RebuildProgress rebuild, String notice) {}
}
