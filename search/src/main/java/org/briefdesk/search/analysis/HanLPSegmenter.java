package org.briefdesk.search.analysis;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * A configured HanLP segmenter. HanLP's {@code enableXxx} setters are not thread-safe, so the
 * segment is configured once here and only {@code seg()} (thread-safe) is called afterwards.
 * Share one instance per application; it holds no per-document state, only a bounded cache of
 * segmented clauses ({@link ClauseCache}).
 */
public final class HanLPSegmenter {
    private final Segment segment;
    private final ClauseCache cache = new ClauseCache();

    /** Standard (Viterbi) segmenter with person-name recognition; place/org recognition off (it over-tags). */
    public HanLPSegmenter() {
        this(true);
    }

    public HanLPSegmenter(boolean personNames) {
        this.segment = new ViterbiSegment()
                .enableOffset(true)
                .enablePartOfSpeechTagging(false) // the dictionary's main nature is enough; tagging costs ~4x
                .enableNameRecognize(personNames)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enableIndexMode(false)
                .enableNumberQuantifierRecognize(false)
                .enableMultithreading(false);
        // Warm up the dictionaries now rather than inside the first user request.
        segment.seg("海淀区街道开展垃圾分类");
    }

    /** Segments a run of Han characters; term offsets are relative to {@code text}. */
    public List<Term> segment(String text) {
        return segment.seg(text);
    }

    /** The words of a Han run, from the clause cache when the run was seen before (same result). */
    SegmentedClause words(String run) {
        return cache.get(run, r -> SegmentedClause.of(segment.seg(r)));
    }

    /** Share of Han runs answered by the clause cache (reported by {@code bench}). */
    public double clauseCacheHitRate() {
        return cache.hitRate();
    }

    /** Whether {@code word} (folded) is in HanLP's core dictionary, for index-mode sub-words. */
    public boolean isCoreWord(String word) {
        return CoreDictionary.contains(word);
    }
}
