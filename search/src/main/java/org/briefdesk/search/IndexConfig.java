package org.briefdesk.search;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.similar.SimilarityThresholds;

/**
 * Configuration of an {@link ItemIndex}. Share one {@link HanLPSegmenter} per JVM (loading it costs
 * ~1 s); the {@link Lexicon} is the live dictionary the application pushes its rows into.
 *
 * @param refreshMillis how often a background thread makes new changes searchable (≤ 1 s as
 *     required); 0 disables the thread, then the caller invokes {@link ItemIndex#refresh()} (e.g.
 *     from an EJB timer, where unmanaged threads are unwelcome)
 * @param ramBufferMb IndexWriter RAM buffer
 * @param searchExecutor runs the slices of one search (groups of segments) in parallel, so a
 *     lookup on a large archive uses every core; null searches on the caller's thread only. In a
 *     container pass its managed executor; Lucene's caller thread works on slices too, so a busy
 *     executor only slows a search down, it never blocks it
 */
public record IndexConfig(
        HanLPSegmenter segmenter,
        Lexicon lexicon,
        SimilarityThresholds thresholds,
        long refreshMillis,
        double ramBufferMb,
        Executor searchExecutor) {

    public IndexConfig {
        Objects.requireNonNull(segmenter, "segmenter");
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(thresholds, "thresholds");
        if (refreshMillis < 0 || refreshMillis > 1000) {
            throw new IllegalArgumentException("refreshMillis must be in 0..1000");
        }
    }

    public static IndexConfig defaults(HanLPSegmenter segmenter, Lexicon lexicon) {
        return new IndexConfig(
                segmenter, lexicon, org.briefdesk.search.similar.SimilarityThresholds.DEFAULT, 200, 64, null);
    }

    public IndexConfig withRefreshMillis(long ms) {
        return new IndexConfig(segmenter, lexicon, thresholds, ms, ramBufferMb, searchExecutor);
    }

    public IndexConfig withThresholds(SimilarityThresholds t) {
        return new IndexConfig(segmenter, lexicon, t, refreshMillis, ramBufferMb, searchExecutor);
    }

    public IndexConfig withRamBufferMb(double mb) {
        return new IndexConfig(segmenter, lexicon, thresholds, refreshMillis, mb, searchExecutor);
    }

    public IndexConfig withSearchExecutor(Executor executor) {
        return new IndexConfig(segmenter, lexicon, thresholds, refreshMillis, ramBufferMb, executor);
    }
}
