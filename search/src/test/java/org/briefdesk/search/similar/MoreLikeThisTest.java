package org.briefdesk.search.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.briefdesk.search.document.ItemFields;
import org.junit.jupiter.api.Test;

/**
 * The more-like-this query takes the heaviest terms (tf × idf) above the document-frequency cut,
 * the term vector's order deciding among equal weights, then the rarest entities: clause for clause
 * the query the term-by-term reference builds.
 */
class MoreLikeThisTest {

    /** The reference: the entries and entities sorted through the idf function and a weight map. */
    private static List<Term> reference(ItemFeatures item, ToDoubleFunction<String> idf, int numDocs) {
        List<Map.Entry<String, Integer>> terms =
                new ArrayList<>(item.termVector().entrySet());
        double minTermIdf = bm25Idf(
                numDocs, Math.max(Math.min(numDocs / 10.0, SimilarFinder.MAX_TERM_DF), SimilarFinder.MIN_CUTOFF_DF));
        Map<String, Double> w = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : terms) {
            w.put(e.getKey(), (1 + Math.log(e.getValue())) * idf.applyAsDouble(e.getKey()));
        }
        terms.sort((a, b) -> Double.compare(w.get(b.getKey()), w.get(a.getKey())));
        List<Term> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, Integer> e : terms) {
            if (n >= SimilarFinder.MLT_TERMS) break;
            if (idf.applyAsDouble(e.getKey()) < minTermIdf) continue;
            out.add(new Term(ItemFields.BODY, e.getKey()));
            n++;
        }
        double minEntityIdf = bm25Idf(numDocs, Math.max(numDocs / 50.0, SimilarFinder.MIN_CUTOFF_DF));
        List<String> ents = new ArrayList<>();
        for (String ent : item.entities()) {
            if (idf.applyAsDouble(ent) >= minEntityIdf) ents.add(ent);
        }
        ents.sort(Comparator.comparingDouble(idf::applyAsDouble).reversed());
        for (String ent : ents.subList(0, Math.min(SimilarFinder.MLT_ENTITIES, ents.size()))) {
            out.add(new Term(ItemFields.ENTITY, ent));
        }
        return out;
    }

    private static double bm25Idf(int n, double df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    private static List<Term> clauses(Query q) {
        List<Term> out = new ArrayList<>();
        for (BooleanClause c : ((BooleanQuery) q).clauses()) {
            Query x = c.getQuery();
            if (x instanceof BoostQuery b) {
                assertEquals(2f, b.getBoost());
                x = ((ConstantScoreQuery) b.getQuery()).getQuery();
            }
            out.add(((TermQuery) x).getTerm());
        }
        return out;
    }

    @Test
    void theQueryHasTheReferencesClausesInItsOrderTiesIncluded() {
        Random random = new Random(17);
        for (int round = 0; round < 50; round++) {
            Map<String, Integer> tv = new LinkedHashMap<>();
            int n = 20 + random.nextInt(80);
            while (tv.size() < n) {
                tv.put("词" + random.nextInt(400), 1 + random.nextInt(4));
            }
            Set<String> entities = new LinkedHashSet<>();
            while (entities.size() < random.nextInt(30)) {
                entities.add(random.nextInt(60) + "户");
            }
            // Few distinct idf values: many equal weights, some terms under the cut.
            ToDoubleFunction<String> idf = t -> (Math.abs(t.hashCode()) % 5) * 0.9;
            ItemFeatures item = new ItemFeatures(
                    "i" + round,
                    TextShingles.of(""),
                    new int[0],
                    new String[0],
                    "",
                    tv,
                    entities,
                    LocalDate.of(2026, 3, 1),
                    "朝阳街道");
            int numDocs = 100 + random.nextInt(20_000);
            assertEquals(reference(item, idf, numDocs), clauses(SimilarFinder.moreLikeThis(item, idf, numDocs)));
        }
    }

    @Test
    void anItemWithoutTermsHasNoQuery() {
        ItemFeatures item = new ItemFeatures(
                "empty", TextShingles.of(""), new int[0], new String[0], "", Map.of(), Set.of(), null, null);
        assertNull(SimilarFinder.moreLikeThis(item, t -> 1.0, 1000));
    }
}
