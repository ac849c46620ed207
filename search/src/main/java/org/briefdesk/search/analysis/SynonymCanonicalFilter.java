package org.briefdesk.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces every synonym by its group's canonical term, at index and at query time alike. Because
 * the tokenizer makes each synonym a single token (synonyms are added to the dictionary), this is
 * a 1:1 replacement: positions and offsets are untouched, phrases keep working, and the highlighter
 * marks 创建文明城区 for a query 创城. Changing a group requires re-indexing affected items.
 */
public final class SynonymCanonicalFilter extends TokenFilter {
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final Lexicon lexicon;
    private LexiconSnapshot snapshot;

    public SynonymCanonicalFilter(TokenStream in, Lexicon lexicon) {
        super(in);
        this.lexicon = lexicon;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        snapshot = lexicon.snapshot();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (snapshot.hasSynonyms() && termAtt.length() >= 2) {
            String c = snapshot.canonical(termAtt.toString());
            if (c != null) {
                termAtt.setEmpty().append(c);
            }
        }
        return true;
    }
}
