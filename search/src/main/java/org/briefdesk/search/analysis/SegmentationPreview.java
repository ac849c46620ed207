package org.briefdesk.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;

/**
 * How a sentence is segmented under a given {@link LexiconSnapshot}, word by word, exactly as a
 * query is analysed: the page shows a sample sentence under the dictionary in force and under a
 * proposed one side by side before the change is saved. The proposed snapshot is never published.
 */
public final class SegmentationPreview {

    /**
     * One word: the text as written, its offsets, its part of speech (the dictionary's for a local
     * term, HanLP's otherwise), whether the local dictionary made it, and the term it is searched
     * as (its synonym group's canonical word, or the folded word itself).
     */
    public record Word(String text, int start, int end, String nature, boolean local, String searchedAs) {}

    private final HanLPSegmenter segmenter;

    public SegmentationPreview(HanLPSegmenter segmenter) {
        this.segmenter = Objects.requireNonNull(segmenter);
    }

    public List<Word> segment(LexiconSnapshot snapshot, String sentence) {
        List<Word> words = new ArrayList<>();
        // A fresh analyzer per call: its tokenizer captures this snapshot and no other.
        try (Analyzer a = new BriefdeskAnalyzer(segmenter, new Lexicon(snapshot), AnalysisMode.QUERY)) {
            for (AnalyzedText.Token t :
                    AnalyzedText.analyze(a, "body", sentence).tokens()) {
                String folded = CharFolding.fold(sentence.substring(t.start(), t.end()));
                boolean local = TokenTypes.DICT.equals(t.type());
                words.add(new Word(
                        sentence.substring(t.start(), t.end()),
                        t.start(),
                        t.end(),
                        local ? snapshot.nature(folded) : t.type(),
                        local,
                        t.term()));
            }
        }
        return words;
    }
}
