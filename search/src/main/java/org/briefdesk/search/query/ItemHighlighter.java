package org.briefdesk.search.query;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.briefdesk.search.document.ItemFields;

/**
 * UnifiedHighlighter over the offsets stored in the postings of the word fields and of their bigram
 * sub-fields (no re-analysis, so the marks are exactly the characters that matched, whatever newlines or full-width text surround them). The
 * title is returned whole; the body as sentence passages. Matches that touch or overlap are merged
 * into one {@code <em>}; all other text is HTML-escaped.
 *
 * <p>The matches of a hit come from the query's {@link Weight}, created once per search and asked
 * for each hit ({@link SharedWeightOffsets}). Lucene's own weight-matches mode rewrites the query and
 * creates a new weight for every hit and field, looking every term of the query up again each time:
 * with the bigram phrases and variants of a typical query that was most of a search's CPU time.
 * One instance highlights one search (or one slice of a page); not thread-safe.
 */
final class ItemHighlighter extends UnifiedHighlighter {
    static final int MAX_LENGTH = 1_000_000;

    private final IndexSearcher searcher;
    private Query weightQuery;
    private Weight weight;
    /** The last hit's matches: the title and the body ask for the same hit's, each for its own fields. */
    private LeafReaderContext matchesLeaf;

    private int matchesDoc = -1;
    private Matches matches;

    /** False: Lucene's own weight-matches mode, the reference the tests compare with. */
    private final boolean sharedWeight;

    ItemHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer) {
        this(searcher, indexAnalyzer, true);
    }

    ItemHighlighter(IndexSearcher searcher, Analyzer indexAnalyzer, boolean sharedWeight) {
        super(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withMaxLength(MAX_LENGTH)
                .withHighlightPhrasesStrictly(true)
                // matches on the bigram sub-fields are marked in the text of their word field
                .withMaskedFieldsFunc(ItemHighlighter::masked));
        this.searcher = searcher;
        this.sharedWeight = sharedWeight;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        FieldOffsetStrategy lucenes = super.getOffsetStrategy(source, components);
        if (!sharedWeight
                || source != OffsetSource.POSTINGS
                || !components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
            return lucenes;
        }
        List<String> fields = new ArrayList<>();
        fields.add(components.getField());
        fields.addAll(masked(components.getField()));
        return new SharedWeightOffsets(components, lucenes, fields);
    }

    /**
     * The hit's matches from the query's weight over the whole index, which is created at the first
     * hit of this search. The fields ask one after the other for the same hit, each for its own
     * fields, so the last hit's matches are kept for the next field (every iterator is read once).
     */
    private Matches matches(Query query, LeafReaderContext leaf, int doc) throws IOException {
        if (weight == null || weightQuery != query) {
            weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            weightQuery = query;
            matchesLeaf = null;
        }
        if (leaf != matchesLeaf || doc != matchesDoc) {
            matches = weight.matches(leaf, doc);
            matchesLeaf = leaf;
            matchesDoc = doc;
        }
        return matches;
    }

    /**
     * The offsets of a hit's matches in one field and its masked sub-field, from the shared weight. A
     * reader that is not one of the searcher's own segments (never the case for postings offsets) is
     * left to Lucene's strategy.
     */
    private final class SharedWeightOffsets extends FieldOffsetStrategy {
        private final FieldOffsetStrategy fallback;
        private final List<String> fields;

        SharedWeightOffsets(UHComponents components, FieldOffsetStrategy fallback, List<String> fields) {
            super(components);
            this.fallback = fallback;
            this.fields = fields;
        }

        @Override
        public OffsetSource getOffsetSource() {
            return OffsetSource.POSTINGS;
        }

        @Override
        public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
            LeafReaderContext leaf = null;
            for (LeafReaderContext c : searcher.getIndexReader().leaves()) {
                if (c.reader() == reader) {
                    leaf = c;
                    break;
                }
            }
            if (leaf == null) {
                return fallback.getOffsetsEnum(reader, docId, content);
            }
            Matches matches = matches(components.getQuery(), leaf, docId);
            if (matches == null) {
                return OffsetsEnum.EMPTY;
            }
            List<OffsetsEnum> enums = new ArrayList<>(fields.size());
            for (String f : fields) {
                MatchesIterator it = matches.getMatches(f);
                if (it != null) {
                    enums.add(new OffsetsEnum.OfMatchesIteratorWithSubs(it));
                }
            }
            return switch (enums.size()) {
                case 0 -> OffsetsEnum.EMPTY;
                case 1 -> enums.get(0);
                default -> new OffsetsEnum.MultiOffsetsEnum(enums);
            };
        }
    }

    private static Set<String> masked(String field) {
        return switch (field) {
            case ItemFields.TITLE -> Set.of(ItemFields.TITLE_GRAMS);
            case ItemFields.BODY -> Set.of(ItemFields.BODY_GRAMS);
            default -> Set.of();
        };
    }

    /**
     * The page's highlights ({@code [TITLE]} and {@code [BODY]}, in the order of {@code docIds}). On a
     * searcher with several slices the hits are highlighted slice by slice on its executor, as for the
     * first pass and re-scoring: one weight for the whole page (created here once, shared as Lucene
     * shares a weight between slices), the index's merged field infos looked up once, one highlighter per
     * task, no segment read by two tasks.
     */
    static Map<String, Object[]> highlightPage(
            IndexSearcher searcher, Analyzer indexAnalyzer, Query q, int[] docIds, int fragments) throws IOException {
        if (searcher.getSlices().length <= 1 || docIds.length <= 1) {
            return new ItemHighlighter(searcher, indexAnalyzer).highlight(q, docIds, fragments);
        }
        Weight weight = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        // Each highlighter would merge every segment's field infos again to choose its offset source.
        FieldInfos fieldInfos = FieldInfos.getMergedFieldInfos(searcher.getIndexReader());
        Object[] titles = new Object[docIds.length];
        Object[] bodies = new Object[docIds.length];
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int[] at : SliceGroups.positions(searcher, docIds)) {
            tasks.add(() -> {
                int[] ids = Arrays.stream(at).map(i -> docIds[i]).toArray();
                ItemHighlighter h = new ItemHighlighter(searcher, indexAnalyzer);
                h.weightQuery = q;
                h.weight = weight;
                h.fieldInfos = fieldInfos;
                Map<String, Object[]> part = h.highlight(q, ids, fragments);
                for (int k = 0; k < ids.length; k++) {
                    titles[at[k]] = part.get(ItemFields.TITLE)[k];
                    bodies[at[k]] = part.get(ItemFields.BODY)[k];
                }
                return null;
            });
        }
        searcher.getTaskExecutor().invokeAll(tasks);
        return Map.of(ItemFields.TITLE, titles, ItemFields.BODY, bodies);
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
