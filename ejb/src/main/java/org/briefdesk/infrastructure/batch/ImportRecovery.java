package org.briefdesk.infrastructure.batch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up, marks the runs whose job died with the previous server process as interrupted. The
 * batch runtime's job repository (in the database) still shows that execution as started; 继续导入,
 * on this node or another, restarts it (JBeret marks it failed first, since no running server holds
 * it) and the new execution resumes at the run's committed position.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class ImportRecovery {

    private static final Logger LOG = Logger.getLogger(ImportRecovery.class.getName());

    @Inject
    ImportLedger ledger;

    @PostConstruct
    void markInterrupted() {
        int n = ledger.interruptRunning();
        if (n > 0) {
            LOG.warning(n + " archive import(s) were interrupted by the server's restart; they can be continued");
        }
    }
}
