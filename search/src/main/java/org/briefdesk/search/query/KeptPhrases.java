package org.briefdesk.search.query;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * The full query as re-scoring runs it: the phrases the first pass scored from their kept items and
 * frequencies ({@link KeptPhrase}) are re-scored from them too. The same scores (a kept phrase scores as
 * Lucene's phrase does), but the re-scored window no longer reads those phrases' positions, nor looks
 * their terms up for a phrase weight of its own: the first pass has kept their lists in every segment.
 */
final class KeptPhrases {
    private KeptPhrases() {}

    /** {@code full} with each phrase that {@code firstPass} scores as a {@link KeptPhrase} replaced by it. */
    static Query in(Query full, Query firstPass) {
        Map<PhraseQuery, KeptPhrase> kept = new IdentityHashMap<>();
        collect(firstPass, kept);
        return kept.isEmpty() ? full : replace(full, kept);
    }

    private static void collect(Query q, Map<PhraseQuery, KeptPhrase> kept) {
        if (q instanceof KeptPhrase k) {
            kept.put(k.phrase(), k);
        } else if (q instanceof BoostQuery b) {
            collect(b.getQuery(), kept);
        } else if (q instanceof BooleanQuery b) {
            for (BooleanClause c : b.clauses()) {
                collect(c.getQuery(), kept);
            }
        }
    }

    /** By identity: the parser puts the very phrase object in the full query and in the first pass. */
    private static Query replace(Query q, Map<PhraseQuery, KeptPhrase> kept) {
        if (q instanceof PhraseQuery p) {
            KeptPhrase k = kept.get(p);
            return k == null ? q : k;
        }
        if (q instanceof BoostQuery b) {
            Query inner = replace(b.getQuery(), kept);
            return inner == b.getQuery() ? q : new BoostQuery(inner, b.getBoost());
        }
        if (!(q instanceof BooleanQuery bool)) {
            return q;
        }
        BooleanQuery.Builder b =
                new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean changed = false;
        for (BooleanClause c : bool.clauses()) {
            Query sub = replace(c.getQuery(), kept);
            changed |= sub != c.getQuery();
            b.add(sub, c.getOccur());
        }
        return changed ? b.build() : q;
    }
}
