package org.briefdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.importing.ArchiveImportService;
import org.briefdesk.application.importing.ImportRunView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 停止 pressed on another node of a cluster (issue 16): that node's batch runtime does not hold the
 * job, so the button only marks the run STOPPING in the database; the node running the job must see
 * that after its current chunk and stop. Here the run is made to look as if another node ran it, so
 * this server's stop goes the way B's does — the job operator is not asked, only the database says
 * stop.
 */
@ExtendWith(ArquillianExtension.class)
class ImportStopOnAnotherNodeIT {

    @Inject
    ArchiveImportService imports;

    @Inject
    AccountService accounts;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "briefdesk")
    EntityManager em;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.briefdesk(ImportStopOnAnotherNodeIT.class);
    }

    @Test
    void aStopPressedOnAnotherNodeStopsTheJobAfterItsCurrentChunkAndItContinuesLater() throws Exception {
        Actor admin = accounts.actor("admin").orElseThrow();
        int n = 3_000;
        ImportRunView run = imports.upload(admin, "跨节点停止测试.jsonl", records(n), 50_000_000, null);
        waitFor(admin, run.id(), v -> v.done() >= 200 || !v.running());
        tx.begin();
        em.createNativeQuery("update import_run set node = 'another-node' where id = ?")
                .setParameter(1, run.id())
                .executeUpdate();
        tx.commit();

        imports.stop(admin, run.id());
        ImportRunView stopped = waitFor(admin, run.id(), v -> !v.running());

        assertEquals("STOPPED", stopped.status(), "the job saw the stop in the database: " + stopped);
        assertTrue(stopped.imported() < n, "it stopped before the end: " + stopped);
        imports.restart(admin, run.id());
        ImportRunView done =
                waitFor(admin, run.id(), v -> !v.running() && !v.status().equals("STARTING"));
        assertEquals("COMPLETED", done.status(), String.valueOf(done.failure()));
        assertEquals(n, done.imported(), "every record once: " + done);
    }

    private static ByteArrayInputStream records(int n) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < n; i++) {
            lines.append("{\"title\":\"学院路街道跨节点停止第")
                    .append(i)
                    .append("号信息\",\"body\":\"")
                    .append(2021 + i % 4)
                    .append("年")
                    .append(1 + i % 12)
                    .append("月")
                    .append(1 + i % 28)
                    .append("日，学院路街道召开垃圾分类推进会第")
                    .append(i)
                    .append("次。\",\"unit\":\"学院路街道\",\"column\":\"工作动态\",\"key\":\"跨节点停止-")
                    .append(i)
                    .append("\"}\n");
        }
        return new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8));
    }

    private ImportRunView waitFor(Actor admin, long id, Predicate<ImportRunView> done) throws Exception {
        return Await.value(
                "import run " + id + " to reach the state",
                Duration.ofMinutes(4),
                () -> imports.status(admin, id),
                done);
    }
}
