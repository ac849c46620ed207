package org.briefdesk.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.briefdesk.application.lexicon.LexiconAnalysis;
import org.briefdesk.application.lexicon.SegmentedWord;
import org.briefdesk.domain.model.lexicon.LexiconContents;
import org.briefdesk.search.analysis.LexiconSnapshot;
import org.briefdesk.search.analysis.SegmentationPreview;

/** Segments a sentence with the search module's query analysis under unpublished dictionary contents. */
@ApplicationScoped
public class LuceneLexiconAnalysis implements LexiconAnalysis {

    @Inject
    SearchIndex search;

    @Override
    public List<SegmentedWord> segment(LexiconContents contents, String sentence) {
        LexiconSnapshot snapshot = LexiconSnapshot.of(SearchIndex.searchTerms(contents), contents.groups());
        return new SegmentationPreview(search.segmenter())
                .segment(snapshot, sentence).stream()
                        .map(w -> new SegmentedWord(w.text(), w.nature(), w.local(), w.searchedAs()))
                        .toList();
    }
}
