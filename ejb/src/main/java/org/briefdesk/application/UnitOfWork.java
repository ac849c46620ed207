package org.briefdesk.application;

/**
 * The running transaction's pending writes, as the use cases that guard against a second editor need
 * them: written now, or an entity's version raised now, so a conflict surfaces inside the use case
 * (where it becomes the page's "reload" message) rather than as a failed commit.
 */
public interface UnitOfWork {

    /**
     * Writes the pending changes now.
     *
     * @throws Conflict when another transaction committed a change to a versioned entity this one changed
     */
    void flush();

    /**
     * Runs {@code writes}, then writes the pending changes now. A conflict is caught in either: a native
     * query among the writes flushes the pending changes before it runs.
     *
     * @throws Conflict when another transaction committed a change to a versioned entity this one changed
     */
    void flushAfter(Runnable writes);

    /**
     * Raises the entity's version now (not at commit) and holds its row until commit, so a concurrent
     * editor fails here or at the next flush.
     *
     * @throws Conflict when another transaction changed or holds the entity
     */
    void raiseVersion(Object entity);

    /** Another transaction changed what this one is changing. */
    final class Conflict extends RuntimeException {

        public Conflict(Throwable cause) {
            super(cause);
        }
    }
}
