package org.briefdesk.search.query;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.briefdesk.search.document.ItemFields;

/**
 * Runs a {@link SearchRequest} against one point-in-time searcher. Thread-safe; its only state is
 * the per-segment facet cache, which {@link #warm} fills for each new searcher.
 */
public final class ItemSearcher {
    private static final Set<String> LOAD = Set.of(ItemFields.ID, ItemFields.TITLE, ItemFields.UNIT, ItemFields.DATE);

    private final Analyzer queryAnalyzer;
    private final Analyzer indexAnalyzer;
    private final Analyzer bigramAnalyzer;
    private final VariantGroups variants;
    private final SegmentFacetCache facetCache = new SegmentFacetCache(ItemFields.FACET_FIELDS);
    private final StretchSetCache stretchSets = new StretchSetCache();

    public ItemSearcher(Analyzer queryAnalyzer, Analyzer indexAnalyzer, Analyzer bigramAnalyzer) {
        this(queryAnalyzer, indexAnalyzer, bigramAnalyzer, VariantGroups.shipped());
    }

    public ItemSearcher(
            Analyzer queryAnalyzer, Analyzer indexAnalyzer, Analyzer bigramAnalyzer, VariantGroups variants) {
        this.queryAnalyzer = queryAnalyzer;
        this.indexAnalyzer = indexAnalyzer;
        this.bigramAnalyzer = bigramAnalyzer;
        this.variants = variants;
    }

    /** Prepares what searches of {@code reader} need per segment, so no user request waits for it. */
    public void warm(IndexReader reader) throws IOException {
        facetCache.warm(reader);
    }

    /** Parses the user query (throws {@link QuerySyntaxException}) and adds the filters. */
    public Query toQuery(SearchRequest r) {
        return toQuery(r, parser(ItemQueryParser.Relax.NONE));
    }

    private ItemQueryParser parser(ItemQueryParser.Relax relax) {
        return new ItemQueryParser(queryAnalyzer, bigramAnalyzer, variants).relaxed(relax);
    }

    private ItemQueryParser parser(ItemQueryParser.Relax relax, IndexSearcher searcher) {
        return parser(relax).frequencies(searcher.getIndexReader()).keeping(stretchSets);
    }

    private Query toQuery(SearchRequest r, ItemQueryParser parser) {
        // "Items like this one": the title's words, never its quotes or operators (a title “每月一题”
        // would otherwise be an exact phrase that only the item itself contains).
        Query q = parser.parseUserQuery(r.likeItem() == null ? r.query() : QueryRepair.plain(r.query()));
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, BooleanClause.Occur.MUST);
        filter(b, ItemFields.UNIT, r.units());
        filter(b, ItemFields.UNIT_KIND, r.unitKinds());
        filter(b, ItemFields.COLUMN, r.columns());
        filter(b, ItemFields.STATUS, r.statuses());
        filter(b, ItemFields.MUST_REPORT, r.mustReportKinds());
        // Flags combine with AND: 负面 and 预警 means items that are both.
        for (String flag : r.flags()) {
            b.add(new TermQuery(new Term(ItemFields.FLAG, flag)), BooleanClause.Occur.FILTER);
        }
        if (r.urgent() != null) {
            b.add(new TermQuery(new Term(ItemFields.URGENT, r.urgent().toString())), BooleanClause.Occur.FILTER);
        }
        if (r.likeItem() != null) {
            b.add(new TermQuery(new Term(ItemFields.ID, r.likeItem())), BooleanClause.Occur.MUST_NOT);
        }
        if (r.dateFrom() != null || r.dateTo() != null) {
            long from = r.dateFrom() == null ? Long.MIN_VALUE : r.dateFrom().toEpochDay();
            long to = r.dateTo() == null ? Long.MAX_VALUE : r.dateTo().toEpochDay();
            b.add(LongPoint.newRangeQuery(ItemFields.DATE, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        List<BytesRef> terms = new ArrayList<>();
        for (String v : values) {
            terms.add(new BytesRef(v));
        }
        b.add(new TermInSetQuery(field, terms), BooleanClause.Occur.FILTER);
    }

    /** Runs the search; a query that still crosses Lucene's clause limit is a {@link QuerySyntaxException}. */
    public SearchResult search(IndexSearcher searcher, SearchRequest r) throws IOException {
        try {
            return run(searcher, r);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException(r.query(), "检索式过于复杂：请减少检索词或通配符", QueryRepair.plain(r.query()), e);
        }
    }

    private SearchResult run(IndexSearcher searcher, SearchRequest r) throws IOException {
        long t0 = System.nanoTime();
        if (r.likeItem() != null) {
            ItemQueryParser like = parser(ItemQueryParser.Relax.WORDS, searcher);
            Query q = toQuery(r, like);
            return run(searcher, r, q, like.matchingOnly(q), like.expansions(), true, t0);
        }
        ItemQueryParser strict = parser(ItemQueryParser.Relax.NONE, searcher);
        Query q = toQuery(r, strict);
        Query matching = strict.matchingOnly(q);
        boolean relaxable = strict.hadSeveralWords() && ItemQueryParser.isRelaxable(r.query());
        // A relaxable query that matches nothing is not scored: its empty result would be replaced.
        SearchResult result = relaxable && !AnyMatch.in(searcher, matching)
                ? null
                : run(searcher, r, q, matching, strict.expansions(), false, t0);
        if (relaxable && (result == null || result.totalHits() == 0)) {
            // Nothing has every word: the items with most of them, rather than "no result". Whole
            // stretches first: relaxing the words inside 学院路街道 would visit every item with 街道.
            ItemQueryParser stretches = parser(ItemQueryParser.Relax.STRETCHES, searcher);
            result = run(searcher, r, stretches, t0);
            if (result.totalHits() == 0 && stretches.relaxedWholeStretches()) {
                result = run(searcher, r, parser(ItemQueryParser.Relax.WORDS, searcher), t0);
            }
        }
        return result;
    }

    private SearchResult run(IndexSearcher searcher, SearchRequest r, ItemQueryParser relaxed, long t0)
            throws IOException {
        Query q = toQuery(r, relaxed);
        return run(searcher, r, q, relaxed.matchingOnly(q), relaxed.expansions(), true, t0);
    }

    /** Relevance ties (same words, same weight) go to the more recent item; the tests search with it too. */
    static final Sort RELEVANCE_THEN_RECENT =
            new Sort(SortField.FIELD_SCORE, new SortField(ItemFields.DATE, SortField.Type.LONG, true));

    private SearchResult run(
            IndexSearcher searcher,
            SearchRequest r,
            Query query,
            Query matching,
            List<String> expansions,
            boolean relaxed,
            long t0)
            throws IOException {
        int n = Math.max(1, r.offset() + r.limit());
        Sort sort = switch (r.sort()) {
            case RELEVANCE -> RELEVANCE_THEN_RECENT;
            case DATE_DESC ->
                new Sort(new SortField(ItemFields.DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE);
            case DATE_ASC ->
                new Sort(new SortField(ItemFields.DATE, SortField.Type.LONG, false), SortField.FIELD_SCORE);
        };
        // The page is scored on its own: past 1,000 hits Lucene skips documents that cannot make it
        // (collecting the page in the counting pass instead, scoring every match, was 35% slower at 1M).
        // By relevance, the first pass ranks without the adjacency-only clauses (same matches) and the
        // top window is re-scored with them: scoring them on every match was 2/3 of a search at 1M.
        // The re-scored window's scores replace the first pass's, so Lucene is not asked to compute them
        // again for every hit of the first pass (it scores the top anew after collecting): only hits past
        // the window keep first-pass scores. Phrases the first pass scored from kept lists are re-scored
        // from them (KeptPhrases): the same scores without reading their positions again.
        ScoringWeights scoring = new ScoringWeights(searcher);
        TopDocs top = r.sort() == SortOrder.RELEVANCE && matching != query
                ? Rescoring.rescore(
                        searcher,
                        searcher.search(
                                scoring.of(matching), Math.max(n, Rescoring.WINDOW), sort, n > Rescoring.WINDOW),
                        scoring.of(KeptPhrases.in(query, matching)))
                : searcher.search(scoring.of(query), n, sort, true);
        Map<String, List<FacetCount>> facets = Map.of();
        long total = top.totalHits.value;
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        boolean estimated = false;
        if (r.facets()) {
            // The first pass counted every match of a query that found nothing (a strict query about to be
            // relaxed): counting them again would only evaluate the query a second time.
            FacetCounter.Counts c = total == 0 && exact
                    ? FacetCounter.none(facetCache)
                    : FacetCounter.count(searcher, matching, facetCache);
            facets = c.facets();
            estimated = c.estimated();
            total = estimated ? estimatedTotal(c.totalHits(), top.totalHits, n) : c.totalHits();
            exact = !estimated;
        }
        ScoreDoc[] page = slice(top.scoreDocs, r.offset(), r.limit());
        List<SearchHit> hits = new ArrayList<>(page.length);
        Map<String, Object[]> hl = null;
        if (r.highlight() && page.length > 0) {
            int[] ids = new int[page.length];
            for (int i = 0; i < page.length; i++) {
                ids[i] = page[i].doc;
            }
            // results come back in the order given
            hl = ItemHighlighter.highlightPage(searcher, indexAnalyzer, query, ids, r.fragments());
        }
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc, LOAD);
            String title = d.get(ItemFields.TITLE);
            String titleHl = title;
            List<String> fragments = List.of();
            if (hl != null) {
                titleHl = first(hl.get(ItemFields.TITLE)[i], title);
                fragments = list(hl.get(ItemFields.BODY)[i]);
            }
            IndexableField date = d.getField(ItemFields.DATE);
            hits.add(new SearchHit(
                    d.get(ItemFields.ID),
                    Float.isNaN(page[i].score) ? 0f : page[i].score,
                    title,
                    titleHl,
                    fragments,
                    d.get(ItemFields.UNIT),
                    date == null
                            ? null
                            : LocalDate.ofEpochDay(date.numericValue().longValue())));
        }
        return new SearchResult(
                total, exact, estimated, hits, facets, (System.nanoTime() - t0) / 1000, expansions, relaxed);
    }

    /** The hits Lucene counts before it starts skipping (its IndexSearcher's threshold). */
    static final int COUNTED_BEFORE_SKIPPING = 1_000;

    /**
     * An estimated total: the sample's, but never fewer than the matches the first pass saw (a sample may
     * miss a rare query's few matches). Where the first pass stopped counting is taken as the threshold
     * it was given, not as the count it reached: with slices searched in parallel that count depends on
     * how the threads interleave, and the same search showed a different "约" total on each run.
     */
    static long estimatedTotal(long sampled, TotalHits firstPass, int asked) {
        long seen = firstPass.relation == TotalHits.Relation.EQUAL_TO
                ? firstPass.value
                : Math.min(firstPass.value, Math.max(COUNTED_BEFORE_SKIPPING, asked));
        return Math.max(sampled, seen);
    }

    private static ScoreDoc[] slice(ScoreDoc[] all, int offset, int limit) {
        if (offset >= all.length) {
            return new ScoreDoc[0];
        }
        int end = Math.min(all.length, offset + limit);
        ScoreDoc[] out = new ScoreDoc[end - offset];
        System.arraycopy(all, offset, out, 0, out.length);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object o) {
        return o == null ? List.of() : List.copyOf((List<String>) o);
    }

    private static String first(Object o, String fallback) {
        List<String> l = list(o);
        return l.isEmpty() ? escape(fallback) : l.get(0);
    }

    private static String escape(String s) {
        return s == null
                ? null
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
