package org.briefdesk.search.similar;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.briefdesk.search.index.ItemFields;

/**
 * Finds and classifies the archive items similar to one item. Candidates come from three lookups
 * (same fingerprint, MinHash LSH bands, BM25 more-like-this over the item's top terms and
 * entities); every candidate is then verified exactly ({@link SimilarityClassifier}).
 */
public final class SimilarFinder {
  /** Terms of the item used in the more-like-this query. */
  static final int MLT_TERMS = 25;
  /** RELATED matches returned at most (sidebar). */
  static final int MAX_RELATED = 10;

  private static final Set<String> LOAD =
      Set.of(ItemFields.ID, ItemFields.TITLE, ItemFields.BODY, ItemFields.DATE, ItemFields.UNIT,
          ItemFields.ENTITY, ItemFields.TERMS, ItemFields.FINGERPRINT);

  private final SimilarityClassifier classifier;
  private final IdfCache idfCache;

  public SimilarFinder(SimilarityClassifier classifier, IdfCache idfCache) {
    this.classifier = classifier;
    this.idfCache = idfCache;
  }

  public List<SimilarMatch> find(IndexSearcher searcher, ItemFeatures item) throws IOException {
    ToDoubleFunction<String> idf = idfCache.forReader(searcher.getIndexReader());
    SimilarityThresholds t = classifier.thresholds();
    Set<Integer> docs = new LinkedHashSet<>();
    for (ScoreDoc sd : searcher.search(new TermQuery(new Term(ItemFields.FINGERPRINT, item.fingerprint())), 20).scoreDocs) {
      docs.add(sd.doc);
    }
    BooleanQuery.Builder lsh = new BooleanQuery.Builder();
    for (String k : item.bandKeys()) {
      lsh.add(new ConstantScoreQuery(new TermQuery(new Term(ItemFields.LSH, k))), BooleanClause.Occur.SHOULD);
    }
    for (ScoreDoc sd : searcher.search(lsh.build(), t.lshCandidates()).scoreDocs) {
      docs.add(sd.doc);
    }
    Query mlt = moreLikeThis(item, idf);
    if (mlt != null) {
      for (ScoreDoc sd : searcher.search(mlt, t.mltCandidates()).scoreDocs) {
        docs.add(sd.doc);
      }
    }
    List<SimilarMatch> out = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (int doc : docs) {
      Document d = stored.document(doc, LOAD);
      String id = d.get(ItemFields.ID);
      if (id.equals(item.id())) {
        continue;
      }
      ItemFeatures other = fromStored(d);
      SimilarityEvidence e = classifier.evidence(item, other, idf);
      MatchClass c = classifier.classify(e);
      if (c != null) {
        out.add(new SimilarMatch(id, d.get(ItemFields.TITLE), c, SimilarityClassifier.score(c, e), e));
      }
    }
    return order(out);
  }

  static List<SimilarMatch> order(List<SimilarMatch> out) {
    out.sort(Comparator.comparing(SimilarMatch::matchClass).thenComparing(Comparator.comparingDouble(SimilarMatch::score).reversed()));
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

  /** BM25 query over the item's most distinctive terms (tf × idf) plus its entities. */
  static Query moreLikeThis(ItemFeatures item, ToDoubleFunction<String> idf) {
    List<Map.Entry<String, Integer>> terms = new ArrayList<>(item.termVector().entrySet());
    if (terms.isEmpty()) {
      return null;
    }
    Map<String, Double> w = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : terms) {
      w.put(e.getKey(), (1 + Math.log(e.getValue())) * idf.applyAsDouble(e.getKey()));
    }
    terms.sort((a, b) -> Double.compare(w.get(b.getKey()), w.get(a.getKey())));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (Map.Entry<String, Integer> e : terms) {
      if (n++ >= MLT_TERMS) break;
      b.add(new TermQuery(new Term(ItemFields.BODY, e.getKey())), BooleanClause.Occur.SHOULD);
    }
    int m = 0;
    for (String ent : item.entities()) {
      if (m++ >= 15) break;
      b.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(ItemFields.ENTITY, ent))), 2f), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  static ItemFeatures fromStored(Document d) {
    IndexableField date = d.getField(ItemFields.DATE);
    Set<String> ents = new LinkedHashSet<>();
    for (IndexableField f : d.getFields(ItemFields.ENTITY)) {
      ents.add(f.stringValue());
    }
    String body = d.get(ItemFields.BODY);
    return new ItemFeatures(
        d.get(ItemFields.ID),
        TextShingles.of(body == null ? "" : body),
        new String[0],
        d.get(ItemFields.FINGERPRINT),
        FeatureExtractor.decodeTerms(d.get(ItemFields.TERMS)),
        ents,
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
        d.get(ItemFields.UNIT));
  }
}
