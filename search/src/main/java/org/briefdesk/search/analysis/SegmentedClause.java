package org.briefdesk.search.analysis;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * HanLP's words for one run of Han characters: offsets relative to the run, lengths and natures,
 * in order. Immutable, so one instance can be shared by every thread through {@link ClauseCache}.
 */
final class SegmentedClause {
    private final int[] offsets;
    private final int[] lengths;
    private final String[] natures;

    private SegmentedClause(int[] offsets, int[] lengths, String[] natures) {
        this.offsets = offsets;
        this.lengths = lengths;
        this.natures = natures;
    }

    static SegmentedClause of(List<Term> terms) {
        int n = terms.size();
        int[] o = new int[n];
        int[] l = new int[n];
        String[] t = new String[n];
        for (int i = 0; i < n; i++) {
            Term term = terms.get(i);
            o[i] = term.offset;
            l[i] = term.length();
            t[i] = term.nature == null ? "x" : term.nature.toString();
        }
        return new SegmentedClause(o, l, t);
    }

    int size() {
        return offsets.length;
    }

    int offset(int i) {
        return offsets[i];
    }

    int length(int i) {
        return lengths[i];
    }

    String nature(int i) {
        return natures[i];
    }
}
