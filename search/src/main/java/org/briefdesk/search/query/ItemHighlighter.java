package org.briefdesk.search.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.briefdesk.search.document.ItemFields;

/**
 * UnifiedHighlighter over the offsets stored in the postings of the word fields and of their bigram
 * sub-fields (no re-analysis, so the marks are exactly the characters that matched, whatever newlines or full-width text surround them). The
 * title is returned whole; the body as sentence passages. Matches that touch or overlap are merged
 * into one {@code <em>}; all other text is HTML-escaped.
 */
final class ItemHighlighter extends UnifiedHighlighter {
    static final int MAX_LENGTH = 1_000_000;

    ItemHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
        super(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withMaxLength(MAX_LENGTH)
                .withHighlightPhrasesStrictly(true)
                // matches on the bigram sub-fields are marked in the text of their word field
                .withMaskedFieldsFunc(ItemHighlighter::masked));
    }

    private static Set<String> masked(String field) {
        return switch (field) {
            case ItemFields.TITLE -> Set.of(ItemFields.TITLE_GRAMS);
            case ItemFields.BODY -> Set.of(ItemFields.BODY_GRAMS);
            default -> Set.of();
        };
    }

    @SuppressWarnings("unchecked")
    Map<String, Object[]> highlight(Query q, int[] docIds, int fragments) throws IOException {
        return highlightFieldsAsObjects(
                new String[] {ItemFields.TITLE, ItemFields.BODY}, q, docIds, new int[] {1, Math.max(1, fragments)});
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return ItemFields.TITLE.equals(field)
                ? new WholeBreakIterator()
                : BreakIterator.getSentenceInstance(Locale.CHINA);
    }

    @Override
    protected int getMaxNoHighlightPassages(String field) {
        return 1; // title: whole title; body: the first sentence as a summary
    }

    @Override
    protected PassageFormatter getFormatter(String field) {
        return FORMATTER;
    }

    private static final PassageFormatter FORMATTER = new PassageFormatter() {
        @Override
        public Object format(Passage[] passages, String content) {
            List<String> out = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                out.add(mark(p, content));
            }
            return out;
        }
    };

    static String mark(Passage p, String content) {
        StringBuilder sb = new StringBuilder();
        int pos = p.getStartOffset();
        int[] s = p.getMatchStarts();
        int[] e = p.getMatchEnds();
        int n = p.getNumMatches();
        int i = 0;
        while (i < n) {
            int start = Math.max(s[i], pos);
            int end = e[i];
            // merge matches that overlap or touch (stacked sub-words, adjacent phrase words)
            while (i + 1 < n && s[i + 1] <= end) {
                end = Math.max(end, e[++i]);
            }
            i++;
            if (end <= start) {
                continue;
            }
            escape(content, pos, start, sb);
            sb.append("<em>");
            escape(content, start, Math.min(end, p.getEndOffset()), sb);
            sb.append("</em>");
            pos = Math.min(end, p.getEndOffset());
        }
        escape(content, pos, p.getEndOffset(), sb);
        return sb.toString();
    }

    private static void escape(String s, int from, int to, StringBuilder sb) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
    }
}
