package org.briefdesk.application.lexicon;

/** Where the re-analysis of the archive stands, for the page's progress bar (immutable snapshots). */
public record ReanalysisProgress(String phase, long done, long total, String error) {

    public static ReanalysisProgress idle() {
        return new ReanalysisProgress("IDLE", 0, 0, null);
    }

    public static ReanalysisProgress started(long total) {
        return new ReanalysisProgress("RUNNING", 0, total, null);
    }

    public ReanalysisProgress advanced(long done) {
        return new ReanalysisProgress(phase, done, Math.max(total, done), null);
    }

    public ReanalysisProgress finished() {
        return new ReanalysisProgress("DONE", done, total, null);
    }

    public ReanalysisProgress failed(String message) {
        return new ReanalysisProgress("FAILED", done, total, message);
    }

    public boolean running() {
        return phase.equals("RUNNING");
    }

    /** 0–100 for a progress bar. */
    public int percent() {
        if (phase.equals("DONE")) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, 100 * done / total);
    }
}
