package org.briefdesk.domain.model.item;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * Order-keeping alignment of two lists of sentences: the pairing with the most likeness in total, a
 * sentence pairing with at most one and only where its likeness reaches a threshold. Where a pair is
 * not taken, the sentence of the first list comes first. With likeness 1 for equal sentences and 0
 * otherwise it is the longest common subsequence (the revision diff); with shared wording, the
 * comparison of two reports of one event.
 */
final class SentenceAlignment {

    private SentenceAlignment() {}

    /** The alignment as steps {index in a or -1, index in b or -1}. */
    static List<int[]> steps(
            List<String> a, List<String> b, ToDoubleBiFunction<String, String> likeness, double pairing) {
        double[][] best = new double[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                double pair = likeness.applyAsDouble(a.get(i), b.get(j));
                double paired = pair >= pairing ? pair + best[i + 1][j + 1] : -1;
                best[i][j] = Math.max(paired, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            double pair = likeness.applyAsDouble(a.get(i), b.get(j));
            if (pair >= pairing && best[i][j] == pair + best[i + 1][j + 1]) {
                out.add(new int[] {i++, j++});
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                out.add(new int[] {i++, -1});
            } else {
                out.add(new int[] {-1, j++});
            }
        }
        while (i < a.size()) {
            out.add(new int[] {i++, -1});
        }
        while (j < b.size()) {
            out.add(new int[] {-1, j++});
        }
        return out;
    }
}
