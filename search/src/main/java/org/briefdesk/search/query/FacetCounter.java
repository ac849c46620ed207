package org.briefdesk.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching documents and their keyword-field values in one pass that does not score:
 * the top page is scored separately, where Lucene can skip non-competitive documents, so a query
 * matching most of the archive no longer pays BM25 for every match. Counts per segment by
 * ordinal (single-valued fields through {@link SortedDocValues}), without a global ordinal map:
 * nothing has to be rebuilt when the NRT reader changes (it does every refresh).
 */
final class FacetCounter {
  static final int TOP_VALUES = 30;

  /** Exact number of matches and the top values per field. */
  record Counts(long totalHits, Map<String, List<FacetCount>> facets) {}

  private FacetCounter() {}

  static Counts count(IndexSearcher searcher, Query query, List<String> fields) throws IOException {
    List<PerSearch> parts = new ArrayList<>();
    searcher.search(query, new CollectorManager<PerSearch, Void>() {
      @Override
      public PerSearch newCollector() {
        PerSearch p = new PerSearch(fields);
        synchronized (parts) {
          parts.add(p);
        }
        return p;
      }

      @Override
      public Void reduce(Collection<PerSearch> collectors) {
        return null;
      }
    });
    long total = 0;
    Map<String, Map<String, Integer>> merged = new LinkedHashMap<>();
    for (String f : fields) {
      merged.put(f, new HashMap<>());
    }
    for (PerSearch p : parts) {
      p.flush();
      total += p.hits;
      p.counts.forEach((f, m) -> m.forEach((v, c) -> merged.get(f).merge(v, c, Integer::sum)));
    }
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : merged.entrySet()) {
      List<FacetCount> l = new ArrayList<>();
      e.getValue().forEach((v, c) -> l.add(new FacetCount(v, c)));
      l.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
      out.put(e.getKey(), List.copyOf(l.size() > TOP_VALUES ? l.subList(0, TOP_VALUES) : l));
    }
    return new Counts(total, out);
  }

  /** One collector (one search slice): per-segment ordinal counts, turned into values per segment. */
  private static final class PerSearch extends SimpleCollector {
    final List<String> fields;
    final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    long hits;
    private final SortedDocValues[] single;
    private final SortedSetDocValues[] multi;
    private final int[][] perOrd;

    PerSearch(List<String> fields) {
      this.fields = fields;
      this.single = new SortedDocValues[fields.size()];
      this.multi = new SortedSetDocValues[fields.size()];
      this.perOrd = new int[fields.size()][];
      for (String f : fields) {
        counts.put(f, new HashMap<>());
      }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      for (int i = 0; i < single.length; i++) {
        SortedSetDocValues ss = DocValues.getSortedSet(context.reader(), fields.get(i));
        SortedDocValues s = DocValues.unwrapSingleton(ss);
        single[i] = s;
        multi[i] = s == null ? ss : null;
        perOrd[i] = new int[(int) ss.getValueCount()];
      }
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) throws IOException {
      hits++;
      for (int i = 0; i < single.length; i++) {
        SortedDocValues s = single[i];
        if (s != null) {
          if (s.advanceExact(doc)) {
            perOrd[i][s.ordValue()]++;
          }
        } else if (multi[i].advanceExact(doc)) {
          SortedSetDocValues m = multi[i];
          for (int k = 0; k < m.docValueCount(); k++) {
            perOrd[i][(int) m.nextOrd()]++;
          }
        }
      }
    }

    /** Adds the finished segment's ordinal counts as values. */
    void flush() throws IOException {
      for (int i = 0; i < perOrd.length; i++) {
        int[] c = perOrd[i];
        if (c == null) {
          continue;
        }
        Map<String, Integer> m = counts.get(fields.get(i));
        for (int o = 0; o < c.length; o++) {
          if (c[o] > 0) {
            String v = single[i] != null ? single[i].lookupOrd(o).utf8ToString() : multi[i].lookupOrd(o).utf8ToString();
            m.merge(v, c[o], Integer::sum);
          }
        }
        perOrd[i] = null;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
