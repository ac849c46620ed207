package org.briefdesk.application.search;

import org.briefdesk.application.access.Actor;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.infrastructure.search.IndexFeed;
import org.briefdesk.infrastructure.search.IndexUpdater;
import org.briefdesk.infrastructure.search.RebuildProgress;
import org.briefdesk.infrastructure.search.SearchIndex;

/** The administrator's view of the search index (索引管理) and the rebuild job. */
@Stateless
public class IndexAdminService {

    @Inject
    IndexUpdater updater;

    @Inject
    SearchIndex search;

    @Inject
    IndexFeed feed;

    /** Starts the rebuild-index batch job; refused while a rebuild runs. Returns the execution id. */
    public long startRebuild(Actor actor) {
        actor.require(Role.ADMIN);
        if (updater.progress().running()) {
            throw new BusinessRuleViolation("索引正在重建，请等待完成");
        }
        JobOperator jobs = BatchRuntime.getJobOperator();
        return jobs.start("rebuild-index", new Properties());
    }

    public Status status(Actor actor) {
        actor.require(Role.ADMIN);
        try {
            return new Status(search.index().size(), search.index().lastAppliedSequence(), feed.lastSequence(),
                    updater.progress(), updater.notice().orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Index size, the last change it applied, the last change the database has, the rebuild, and why
     * the index last rebuilt itself (a damaged directory, another database), or null.
     */
    public record Status(int documents, long appliedSequence, long databaseSequence, RebuildProgress rebuild,
            String notice) {
    }
}
