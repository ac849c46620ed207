package org.briefdesk.application.search;

import java.util.Optional;

/**
 * The search index as its administrator sees it (索引管理): how far it follows the database, and
 * the rebuild job that recreates it from the database.
 */
public interface IndexMaintenance {

    /** Documents in the index. */
    int documents();

    /** The last outbox change the index has applied. */
    long appliedSequence();

    /** The last applied change whose item's duplicate links are stored as well. */
    long linkedSequence();

    /** The last outbox change the database has written. */
    long databaseSequence();

    RebuildProgress progress();

    /** Why the index last rebuilt itself (a damaged directory, another database, an older backup), if it did. */
    Optional<String> notice();

    /** True until the start-up check is done, while a rebuild runs, and while the index awaits one. */
    boolean rebuilding();

    /** Starts the rebuild job in the background; returns its execution id. */
    long startRebuild();
}
