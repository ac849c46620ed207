package org.briefdesk.infrastructure.batch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up, marks the runs whose job died with the previous server process as interrupted: the
 * batch runtime's job repository does not outlive the process, the run's position does, so 继续导入
 * starts a new execution that resumes there.
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
