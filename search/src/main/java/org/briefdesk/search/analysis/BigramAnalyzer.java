package org.briefdesk.search.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Overlapping character bigrams of folded text (学院路 → 学院, 院路), for the sub-fields beside the
 * word fields: a stretch of text matches as a phrase of its bigrams wherever the segmenter cut it,
 * so quoted phrases are exact and fragments cut mid-word are found. Latin words and numbers stay
 * whole. The same analysis at index and at query time.
 */
public final class BigramAnalyzer extends Analyzer {

    public BigramAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY); // title and body streams of one document are open together
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new FoldingCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer src = new StandardTokenizer();
        TokenStream grams = new CJKBigramFilter(src);
        return new TokenStreamComponents(src, grams);
    }
}
