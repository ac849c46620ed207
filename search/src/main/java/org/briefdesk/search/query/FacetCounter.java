package org.briefdesk.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Counts keyword-field values over the matching documents, per segment, without a global ordinal
 * map: nothing has to be rebuilt when the NRT reader changes (it does every refresh).
 */
final class FacetCounter {
  static final int TOP_VALUES = 30;

  private FacetCounter() {}

  static Map<String, List<FacetCount>> count(FacetsCollector fc, List<String> fields) throws IOException {
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String f : fields) {
      counts.put(f, new HashMap<>());
    }
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      for (String f : fields) {
        SortedSetDocValues dv = DocValues.getSortedSet(md.context.reader(), f);
        long n = dv.getValueCount();
        if (n == 0) {
          continue;
        }
        int[] perOrd = new int[(int) n];
        DocIdSetIterator it = md.bits.iterator();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          if (dv.advanceExact(d)) {
            for (int k = 0; k < dv.docValueCount(); k++) {
              perOrd[(int) dv.nextOrd()]++;
            }
          }
        }
        Map<String, Integer> m = counts.get(f);
        for (int o = 0; o < perOrd.length; o++) {
          if (perOrd[o] > 0) {
            m.merge(dv.lookupOrd(o).utf8ToString(), perOrd[o], Integer::sum);
          }
        }
      }
    }
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      List<FacetCount> l = new ArrayList<>();
      e.getValue().forEach((v, c) -> l.add(new FacetCount(v, c)));
      l.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : a.value().compareTo(b.value()));
      out.put(e.getKey(), List.copyOf(l.size() > TOP_VALUES ? l.subList(0, TOP_VALUES) : l));
    }
    return out;
  }
}
