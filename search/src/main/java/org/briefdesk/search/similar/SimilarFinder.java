package org.briefdesk.search.similar;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.briefdesk.search.document.ItemFields;

/**
 * Finds and classifies the archive items similar to one item. Candidates come from three lookups
 * (same fingerprint, MinHash LSH bands, BM25 more-like-this over the item's top terms and
 * entities). Each candidate is first judged from its {@link FeatureSummary} doc value (cosine,
 * entities, dates exactly; shingle overlap bounded from the MinHash signature). Only candidates
 * that could be duplicates or reports of the same event are then verified exactly on their stored
 * text ({@link SimilarityClassifier}); a RELATED match depends on the summary alone and is returned
 * with its evidence without text ({@link SimilarityEvidence#textCompared()}).
 */
public final class SimilarFinder {
    /** Terms of the item used in the more-like-this query. */
    static final int MLT_TERMS = 25;
    /** Entities of the item used in the more-like-this query (rarest first). */
    static final int MLT_ENTITIES = 12;
    /** Document frequency under which no term or entity is left out of more-like-this. */
    static final int MIN_CUTOFF_DF = 500;
    /**
     * Document frequency over which a term is always left out, however large the archive: at 1M
     * items the 10% rule alone let in postings of up to 100,000 documents, a good part of a lookup's
     * time, for terms that hardly move the ranking. 20,000 was faster still but lost heavily edited
     * copies (ALL_EDITS recall 0.92 → 0.87 at 1M); 50,000 kept 0.91. Entities have no such cap: the
     * numbers they include are what ties an edited copy to its original (a cap of 5,000 lost one
     * ALL_EDITS copy in 100 and saved no measurable time).
     */
    static final int MAX_TERM_DF = 50_000;

    /** RELATED matches returned at most (sidebar). */
    static final int MAX_RELATED = 10;
    /**
     * Standard deviations added to the MinHash Jaccard estimate before ruling a duplicate out: with
     * 125 values a pair is wrongly ruled out with probability below 1/4,000, and only if its true
     * overlap is right at a threshold.
     */
    static final double PREFILTER_SIGMAS = 3.5;

    private static final Set<String> LOAD = Set.of(ItemFields.TITLE, ItemFields.BODY, ItemFields.FINGERPRINT);
    private static final Set<String> TITLE_ONLY = Set.of(ItemFields.TITLE);

    private final SimilarityClassifier classifier;
    private final IdfCache idfCache;
    private final ReaderTermStates termStates = new ReaderTermStates();
    private final KeyFilters keyFilters = new KeyFilters();
    private final SummaryCache summaryCache = new SummaryCache();

    public SimilarFinder(SimilarityClassifier classifier, IdfCache idfCache) {
        this.classifier = classifier;
        this.idfCache = idfCache;
    }

    /** A candidate and what its summary says (evidence without shingle overlap). */
    private static final class Candidate {
        final int doc;
        final CachedSummary cached;
        final FeatureSummary summary;
        SimilarityEvidence cheap;

        Candidate(int doc, CachedSummary cached) {
            this.doc = doc;
            this.cached = cached;
            this.summary = cached.summary();
        }
    }

    public List<SimilarMatch> find(IndexSearcher searcher, ItemFeatures item) throws IOException {
        ToDoubleFunction<String> idf = idfCache.forReader(searcher.getIndexReader());
        SimilarityThresholds t = classifier.thresholds();
        Set<Integer> sameFp = new HashSet<>(
                MostSharedKeys.top(searcher, ItemFields.FINGERPRINT, List.of(item.fingerprint()), 20, keyFilters));
        Set<Integer> docs = new HashSet<>(sameFp);
        docs.addAll(
                MostSharedKeys.top(searcher, ItemFields.LSH, List.of(item.bandKeys()), t.lshCandidates(), keyFilters));
        Query mlt = moreLikeThis(item, idf, searcher.getIndexReader().numDocs());
        if (mlt != null) {
            for (ScoreDoc sd : topHits(searcher, withTermStates(searcher, mlt), t.mltCandidates())) {
                docs.add(sd.doc);
            }
        }
        List<Candidate> cands = summaries(searcher, docs, item.id());
        // After the candidates are decoded: every id they hold is in the dictionary now.
        LookupTerms terms = new LookupTerms(item.termVector(), idf, summaryCache::id);
        List<Candidate> related = new ArrayList<>();
        List<Candidate> verify = new ArrayList<>();
        for (Candidate c : cands) {
            c.cheap = classifier.evidenceWithoutText(item, c.cached, terms);
            MatchClass cheapClass = classifier.classify(c.cheap);
            if (sameFp.contains(c.doc)
                    || mayBeDuplicate(item, c.summary, c.cheap.entityOverlap(), t)
                    || cheapClass == MatchClass.SAME_EVENT) {
                verify.add(c);
            } else if (cheapClass == MatchClass.RELATED) {
                related.add(c);
            }
        }
        // RELATED depends on the summary only (cosine, exactly): the best ones are returned with that
        // evidence, their text unread (the overlap is shown when an editor opens the link).
        related.sort(
                Comparator.comparingDouble((Candidate c) -> c.cheap.cosine()).reversed());
        related = related.subList(0, Math.min(MAX_RELATED, related.size()));
        verify.sort(Comparator.comparingInt(c -> c.doc));
        List<SimilarMatch> out = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (Candidate c : verify) {
            CachedSummary.Text text = c.cached.text();
            if (text == null) {
                Document d = stored.document(c.doc, LOAD);
                String body = d.get(ItemFields.BODY);
                text = new CachedSummary.Text(
                        d.get(ItemFields.TITLE),
                        d.get(ItemFields.FINGERPRINT),
                        TextShingles.of(body == null ? "" : body));
                summaryCache.keepText(c.cached, text);
            }
            // Terms, entities and dates are the summary's, as judged above: only the text is added.
            SimilarityEvidence e = classifier.withText(item, text.shingles(), text.fingerprint(), c.cheap);
            MatchClass mc = classifier.classify(e);
            if (mc != null) {
                out.add(new SimilarMatch(c.summary.id(), text.title(), mc, SimilarityClassifier.score(mc, e), e));
            }
        }
        related.sort(Comparator.comparingInt(c -> c.doc));
        for (Candidate c : related) {
            String title = c.cached.title();
            if (title == null) {
                title = stored.document(c.doc, TITLE_ONLY).get(ItemFields.TITLE);
                c.cached.keepTitle(title);
            }
            out.add(new SimilarMatch(
                    c.summary.id(),
                    title,
                    MatchClass.RELATED,
                    SimilarityClassifier.score(MatchClass.RELATED, c.cheap),
                    c.cheap));
        }
        return order(out);
    }

    /**
     * The top {@code n} hits of {@code query}, counting hits only as far as these need: from the
     * n-th hit on, the disjunction skips the documents whose best possible score cannot enter the
     * top n (block-max scores) instead of scoring every document of the clauses' postings, which was
     * most of the more-like-this query's time. The same hits in the same order as
     * {@code searcher.search(query, n)}, whose count of total hits nobody reads here.
     */
    static ScoreDoc[] topHits(IndexSearcher searcher, Query query, int n) throws IOException {
        return searcher.search(query, new TopScoreDocCollectorManager(n, null, n)).scoreDocs;
    }

    /** The more-like-this query with each clause's term states looked up field by field ({@link ReaderTermStates}). */
    private Query withTermStates(IndexSearcher searcher, Query mlt) throws IOException {
        BooleanQuery q = (BooleanQuery) mlt;
        Map<String, List<String>> byField = new HashMap<>();
        for (BooleanClause c : q.clauses()) {
            Term term = clauseTerm(c.getQuery());
            byField.computeIfAbsent(term.field(), f -> new ArrayList<>()).add(term.text());
        }
        Map<String, Map<String, TermStates>> states = new HashMap<>();
        for (Map.Entry<String, List<String>> f : byField.entrySet()) {
            states.put(f.getKey(), termStates.of(searcher, f.getKey(), f.getValue()));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (BooleanClause c : q.clauses()) {
            b.add(withTermStates(c.getQuery(), states), c.getOccur());
        }
        return b.build();
    }

    private static Query withTermStates(Query clause, Map<String, Map<String, TermStates>> states) {
        if (clause instanceof BoostQuery boost) {
            return new BoostQuery(withTermStates(boost.getQuery(), states), boost.getBoost());
        }
        if (clause instanceof ConstantScoreQuery constant) {
            return new ConstantScoreQuery(withTermStates(constant.getQuery(), states));
        }
        Term term = ((TermQuery) clause).getTerm();
        return new TermQuery(term, states.get(term.field()).get(term.text()));
    }

    private static Term clauseTerm(Query clause) {
        if (clause instanceof BoostQuery boost) {
            return clauseTerm(boost.getQuery());
        }
        if (clause instanceof ConstantScoreQuery constant) {
            return clauseTerm(constant.getQuery());
        }
        return ((TermQuery) clause).getTerm();
    }

    /** Reads the summaries of the candidates (ascending doc ids, leaf by leaf), skipping the item itself. */
    private List<Candidate> summaries(IndexSearcher searcher, Set<Integer> docs, String selfId) throws IOException {
        int[] sorted = docs.stream().mapToInt(Integer::intValue).sorted().toArray();
        List<Candidate> out = new ArrayList<>(sorted.length);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int li = -1;
        SummaryCache.Segment segment = null;
        for (int doc : sorted) {
            int next = ReaderUtil.subIndex(doc, leaves);
            if (next != li) {
                li = next;
                segment = summaryCache.segment(leaves.get(li).reader());
            }
            CachedSummary s = segment.get(doc - leaves.get(li).docBase);
            if (s != null && !s.summary().id().equals(selfId)) {
                out.add(new Candidate(doc, s));
            }
        }
        return out;
    }

    /**
     * Whether the pair could meet any DUPLICATE rule: every rule needs a containment of at least the
     * smallest containment threshold (the Jaccard rule implies containment ≥ its Jaccard), and the
     * sentence and edited rules also need their entity overlap, which is known exactly here.
     */
    public static boolean mayBeDuplicate(
            ItemFeatures item, FeatureSummary s, double entityOverlap, SimilarityThresholds t) {
        int a = item.shingles().shingles().length;
        int b = s.shingleCount();
        int min = Math.min(a, b);
        if (min == 0 || item.signature().length == 0) {
            return true;
        }
        int k = Math.min(item.signature().length, s.signature16().length);
        double j = s.estimatedJaccard(item.signature());
        double jUpper = Math.min(
                1, j + PREFILTER_SIGMAS * Math.sqrt(Math.max(j, 1.0 / k) * (1 - Math.min(j, 1 - 1.0 / k)) / k));
        double containmentUpper = Math.min(1, jUpper * (a + b) / (1 + jUpper) / min);
        if (containmentUpper >= Math.min(t.duplicateContainment(), t.duplicateJaccard())) {
            return true;
        }
        boolean entities = entityOverlap >= Math.min(t.duplicateSentenceEntities(), t.duplicateEditedEntities());
        return entities
                && containmentUpper >= Math.min(t.duplicateSentenceContainment(), t.duplicateEditedContainment());
    }

    static List<SimilarMatch> order(List<SimilarMatch> out) {
        out.sort(Comparator.comparing(SimilarMatch::matchClass)
                .thenComparing(Comparator.comparingDouble(SimilarMatch::score).reversed()));
        List<SimilarMatch> res = new ArrayList<>();
        int related = 0;
        for (SimilarMatch m : out) {
            if (m.matchClass() == MatchClass.RELATED && ++related > MAX_RELATED) {
                continue;
            }
            res.add(m);
        }
        return res;
    }

    /**
     * BM25 query over the item's most distinctive terms (tf × idf) plus its rarest entities. Terms
     * in more than a tenth of the archive (or {@link #MAX_TERM_DF} items) and entities in more than
     * 2% of it are left out: they
     * barely move the ranking (their idf is low) but their long postings were most of the cost of
     * a lookup in the profile (numbers such as “10” and words such as 街道 are entities too). A
     * small archive keeps them all: there they cost nothing and are all the evidence there is.
     */
    static Query moreLikeThis(ItemFeatures item, ToDoubleFunction<String> idf, int numDocs) {
        Map<String, Integer> tv = item.termVector();
        if (tv.isEmpty()) {
            return null;
        }
        double minTermIdf = bm25Idf(numDocs, Math.max(Math.min(numDocs / 10.0, MAX_TERM_DF), MIN_CUTOFF_DF));
        // Each term's idf asked once (the sort below compared map look-ups); a stable sort of the
        // indices by weight keeps the term vector's order among equal weights, as sorting the entries did.
        int n = tv.size();
        String[] terms = new String[n];
        double[] termIdf = new double[n];
        double[] w = new double[n];
        Integer[] order = new Integer[n];
        int i = 0;
        for (Map.Entry<String, Integer> e : tv.entrySet()) {
            terms[i] = e.getKey();
            termIdf[i] = idf.applyAsDouble(e.getKey());
            w[i] = (1 + Math.log(e.getValue())) * termIdf[i];
            order[i] = i;
            i++;
        }
        Arrays.sort(order, (a, b) -> Double.compare(w[b], w[a]));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int added = 0;
        for (int t : order) {
            if (added >= MLT_TERMS) break;
            if (termIdf[t] < minTermIdf) continue;
            b.add(new TermQuery(new Term(ItemFields.BODY, terms[t])), BooleanClause.Occur.SHOULD);
            added++;
        }
        // Dates are no body terms (idf of an unseen term): they come first, as they should.
        double minEntityIdf = bm25Idf(numDocs, Math.max(numDocs / 50.0, MIN_CUTOFF_DF));
        List<String> ents = new ArrayList<>();
        List<Double> entIdf = new ArrayList<>();
        for (String ent : item.entities()) {
            double v = idf.applyAsDouble(ent);
            if (v >= minEntityIdf) {
                ents.add(ent);
                entIdf.add(v);
            }
        }
        Integer[] byIdf = new Integer[ents.size()];
        for (int e = 0; e < byIdf.length; e++) {
            byIdf[e] = e;
        }
        Arrays.sort(byIdf, (x, y) -> Double.compare(entIdf.get(y), entIdf.get(x)));
        for (int e = 0; e < Math.min(MLT_ENTITIES, byIdf.length); e++) {
            b.add(
                    new BoostQuery(
                            new ConstantScoreQuery(new TermQuery(new Term(ItemFields.ENTITY, ents.get(byIdf[e])))), 2f),
                    BooleanClause.Occur.SHOULD);
        }
        BooleanQuery q = b.build();
        return q.clauses().isEmpty() ? null : q;
    }

    private static double bm25Idf(int n, double df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
}
