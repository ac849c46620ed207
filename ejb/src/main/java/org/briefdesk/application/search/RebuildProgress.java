package org.briefdesk.application.search;

/** Where an index rebuild stands, for the admin page's progress bar (immutable snapshots). */
public record RebuildProgress(String phase, long indexed, long linked, long total, String error) {

    public static RebuildProgress idle() {
        return new RebuildProgress("IDLE", 0, 0, 0, null);
    }

    public static RebuildProgress started() {
        return new RebuildProgress("INDEXING", 0, 0, 0, null);
    }

    public RebuildProgress indexed(long n) {
        return new RebuildProgress(phase, n, linked, total, null);
    }

    public RebuildProgress linking(long total) {
        return new RebuildProgress("LINKING", total, 0, total, null);
    }

    public RebuildProgress linked(long n) {
        return new RebuildProgress(phase, indexed, n, total, null);
    }

    public RebuildProgress finished() {
        return new RebuildProgress("DONE", indexed, linked, total, null);
    }

    public RebuildProgress failed(String message) {
        return new RebuildProgress("FAILED", indexed, linked, total, message);
    }

    public boolean running() {
        return phase.equals("INDEXING") || phase.equals("LINKING");
    }

    /** 0–100 for a progress bar: indexing is the first half, linking the second. */
    public int percent() {
        if (phase.equals("DONE")) {
            return 100;
        }
        if (total == 0) {
            return 0;
        }
        return (int) Math.min(100, 50 + 50 * linked / total);
    }
}
