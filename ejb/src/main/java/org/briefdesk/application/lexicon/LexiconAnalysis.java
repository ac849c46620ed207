package org.briefdesk.application.lexicon;

import java.util.List;
import org.briefdesk.domain.model.lexicon.LexiconContents;

/** The port to the segmenter: how a sentence is segmented under given dictionary contents. */
public interface LexiconAnalysis {

    List<SegmentedWord> segment(LexiconContents contents, String sentence);
}
