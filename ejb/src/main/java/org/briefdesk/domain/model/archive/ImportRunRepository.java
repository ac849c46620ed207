package org.briefdesk.domain.model.archive;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Import runs (导入批次), their records and the import keys of everything ever imported. */
public interface ImportRunRepository {

    Optional<ImportRun> find(long id);

    ImportRun store(ImportRun run);

    /** The newest runs first. */
    List<ImportRun> recent(int limit);

    /**
     * Runs the batch runtime of {@code node} was working on (found at its start-up: it went down under
     * them), and running runs of no recorded node; another node's runs are that node's business.
     */
    List<ImportRun> running(String node);

    /** Which of these keys were imported before (by any run). */
    Set<String> presentKeys(Collection<ImportKey> keys);

    /**
     * Stores the keys of items just imported by {@code runId} ({@code itemIds} in the same order), in
     * the caller's transaction; the items must be written (flushed) already.
     */
    void storeKeys(List<ImportKey> keys, List<Long> itemIds, long runId);

    void storeRecord(ImportRecord record);

    /**
     * Advances a run by a written chunk in one atomic update (the source is done up to
     * {@code position}), so a concurrent stop or status change never conflicts with the job.
     */
    void advance(long runId, long position, int imported, int skipped, Instant now);

    /** Marks a running run as stopping; false when it was not running. */
    boolean markStopping(long runId);

    /** Whether someone asked the run to stop (on any node) and it has not stopped yet. */
    boolean isStopping(long runId);

    /** A page of the run's records in source order. */
    List<ImportRecord> records(long runId, int offset, int limit);

    /**
     * Notes on each imported record of the run one item duplicate detection linked it to as a
     * DUPLICATE (an imported or a stored one); returns how many imported records have one.
     */
    long markDuplicates(long runId);

    /** The distinct unit names of the run's records that matched no unit. */
    List<String> unmatchedUnits(long runId);

    /** The item a key was imported as, if it was. */
    Optional<Long> itemOfKey(ImportKey key);
}
