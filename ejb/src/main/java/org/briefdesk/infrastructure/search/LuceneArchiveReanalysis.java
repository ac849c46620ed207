package org.briefdesk.infrastructure.search;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefdesk.application.lexicon.ArchiveReanalysis;
import org.briefdesk.application.lexicon.ReanalysisProgress;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.RebuildListener;
import org.briefdesk.search.document.ItemDocument;

/**
 * Analyses every archived item again with the dictionary in force, in place: a page of items at a
 * time is read from the database and re-indexed by id (two analysis threads) as the index's only
 * writer, committed and made visible. Between pages the updater applies what was submitted
 * meanwhile, and searches answer throughout (readiness stays UP: the index is complete all along,
 * items not yet reached keep their old words). Duplicate links are not recomputed: they were
 * decided when each item arrived. Runs as the Jakarta Batch job reanalyse-archive.
 */
@ApplicationScoped
public class LuceneArchiveReanalysis implements ArchiveReanalysis {

    private static final Logger LOG = Logger.getLogger(LuceneArchiveReanalysis.class.getName());
    static final int PAGE = 1000;
    private static final int THREADS = 2;
    private static final RebuildListener QUIET = (done, failed, rate) -> {};

    @Inject
    SearchIndex search;

    @Inject
    IndexUpdater updater;

    @Inject
    IndexFeed feed;

    private volatile ReanalysisProgress progress = ReanalysisProgress.idle();
    private volatile long execution;

    /** Marks the job running at once (the page shows it; a second start is refused), then starts it. */
    @Override
    public synchronized void start() {
        if (progress.running()) {
            throw new BusinessRuleViolation("归档信息正在重新分词，请等待完成");
        }
        progress = ReanalysisProgress.started(0);
        try {
            execution = BatchRuntime.getJobOperator().start("reanalyse-archive", new Properties());
        } catch (RuntimeException e) {
            progress = progress.failed(e.getMessage());
            throw e;
        }
    }

    /**
     * Where the job stands. A job that ended without running its step (it could not be created, the
     * server stopped it) is reported as failed rather than running for ever.
     */
    @Override
    public ReanalysisProgress progress() {
        ReanalysisProgress p = progress;
        if (p.running() && execution > 0) {
            BatchStatus status =
                    BatchRuntime.getJobOperator().getJobExecution(execution).getBatchStatus();
            if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status == BatchStatus.ABANDONED) {
                progress = p = p.failed("批处理作业未能完成（" + status + "），请查看服务器日志");
            }
        }
        return p;
    }

    /** The job's one step ({@link ReanalyseArchiveBatchlet}). */
    public void run() {
        long t0 = System.nanoTime();
        try {
            progress = ReanalysisProgress.started(feed.indexableCount());
            long done = 0;
            for (long after = 0; ; ) {
                List<Long> ids = feed.indexableIds(after, PAGE);
                if (ids.isEmpty()) {
                    break;
                }
                done += updater.exclusively(() -> reindex(ids));
                progress = progress.advanced(done);
                after = ids.get(ids.size() - 1);
            }
            progress = progress.finished();
            long items = done;
            LOG.info(() -> "Archive re-analysed with the dictionary in force: " + items + " items in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            progress = progress.failed(e.getMessage());
            LOG.log(Level.SEVERE, "re-analysis of the archive failed", e);
            throw e;
        }
    }

    /** Read inside the writer lock: no change of these items can be applied between read and write. */
    private long reindex(List<Long> ids) {
        ItemIndex index = search.index();
        List<ItemDocument> docs = feed.documents(ids);
        try {
            return index.importAll(docs.iterator(), index.lastAppliedSequence(), THREADS, QUIET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
