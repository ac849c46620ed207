package org.briefdesk.search;

/** Progress of {@link ItemIndex#rebuild}; called from the rebuilding thread. */
@FunctionalInterface
public interface RebuildListener {
    /**
     * @param done items indexed so far
     * @param failed items skipped because they could not be indexed
     * @param itemsPerSecond average rate since the start
     */
    void progress(long done, long failed, double itemsPerSecond);

    RebuildListener NONE = (d, f, r) -> {};
}
