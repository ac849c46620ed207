package org.briefdesk.search.similar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Groups a batch (a week's inbox) into events: single-link over pairs classified DUPLICATE or
 * SAME_EVENT. Cheap pairs first: the exact shingle verification only runs when the term vectors
 * are close enough to matter (cosine ≥ the RELATED threshold) or LSH bands collide.
 */
public final class EventClusterer {
    private final SimilarityClassifier classifier;

    public EventClusterer(SimilarityClassifier classifier) {
        this.classifier = classifier;
    }

    public List<EventCluster> cluster(List<ItemFeatures> items, ToDoubleFunction<String> idf) {
        int n = items.size();
        int[] event = new int[n];
        int[] dup = new int[n];
        for (int i = 0; i < n; i++) {
            event[i] = i;
            dup[i] = i;
        }
        double related = classifier.thresholds().relatedCosine();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                ItemFeatures a = items.get(i);
                ItemFeatures b = items.get(j);
                if (!shareBand(a, b) && SimilarityClassifier.cosine(a.termVector(), b.termVector(), idf) < related) {
                    continue;
                }
                MatchClass c = classifier.classify(classifier.evidence(a, b, idf));
                if (c == MatchClass.DUPLICATE) {
                    union(dup, i, j);
                    union(event, i, j);
                } else if (c == MatchClass.SAME_EVENT) {
                    union(event, i, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(event, i), k -> new ArrayList<>()).add(i);
        }
        List<EventCluster> out = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            List<String> ids = new ArrayList<>();
            Map<Integer, List<String>> dups = new HashMap<>();
            for (int i : g) {
                ids.add(items.get(i).id());
                dups.computeIfAbsent(find(dup, i), k -> new ArrayList<>())
                        .add(items.get(i).id());
            }
            List<List<String>> dg = new ArrayList<>();
            for (List<String> d : dups.values()) {
                if (d.size() > 1) dg.add(List.copyOf(d));
            }
            out.add(new EventCluster(List.copyOf(ids), List.copyOf(dg)));
        }
        out.sort((x, y) -> Integer.compare(y.ids().size(), x.ids().size()));
        return out;
    }

    private static boolean shareBand(ItemFeatures a, ItemFeatures b) {
        String[] x = a.bandKeys();
        String[] y = b.bandKeys();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i].equals(y[i])) return true;
        }
        return false;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra != rb) p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
