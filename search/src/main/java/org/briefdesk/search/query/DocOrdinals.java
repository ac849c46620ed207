package org.briefdesk.search.query;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One keyword field of one segment as plain arrays: the value ordinals of every document and the
 * values themselves. Counting a match is then an array read and an increment instead of a doc
 * values seek, which is what facet counting over a million matches needs. Built once per segment
 * (segments are immutable; deletions only remove matches), one byte per document for fields with
 * up to 255 values (unit, status, column …).
 */
final class DocOrdinals {
    private final String[] values;
    /** Single-valued: value ordinal + 1 per document, 0 for none. Multi-valued: the ordinals. */
    private final byte[] small;

    private final int[] large;
    /** Multi-valued only: document d's ordinals are at [start[d], start[d + 1]). */
    private final int[] start;

    private DocOrdinals(String[] values, byte[] small, int[] large, int[] start) {
        this.values = values;
        this.small = small;
        this.large = large;
        this.start = start;
    }

    static DocOrdinals read(LeafReader reader, String field) throws IOException {
        SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
        int count = Math.toIntExact(dv.getValueCount());
        String[] values = new String[count];
        for (int o = 0; o < count; o++) {
            values[o] = dv.lookupOrd(o).utf8ToString();
        }
        boolean fitsByte = count <= 255;
        int maxDoc = reader.maxDoc();
        if (DocValues.unwrapSingleton(dv) != null) {
            byte[] small = fitsByte ? new byte[maxDoc] : null;
            int[] large = fitsByte ? null : new int[maxDoc];
            for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
                int o = (int) dv.nextOrd();
                if (fitsByte) {
                    small[d] = (byte) (o + 1);
                } else {
                    large[d] = o + 1;
                }
            }
            return new DocOrdinals(values, small, large, null);
        }
        int[] start = new int[maxDoc + 1];
        int n = 0;
        int[] ords = new int[Math.max(16, maxDoc / 4)];
        int next = 0;
        for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
            for (; next <= d; next++) {
                start[next] = n;
            }
            for (int k = 0; k < dv.docValueCount(); k++) {
                if (n == ords.length) {
                    ords = Arrays.copyOf(ords, ords.length * 2);
                }
                ords[n++] = (int) dv.nextOrd();
            }
        }
        for (; next <= maxDoc; next++) {
            start[next] = n;
        }
        if (fitsByte) {
            byte[] small = new byte[n];
            for (int i = 0; i < n; i++) {
                small[i] = (byte) ords[i];
            }
            return new DocOrdinals(values, small, null, start);
        }
        return new DocOrdinals(values, null, Arrays.copyOf(ords, n), start);
    }

    int valueCount() {
        return values.length;
    }

    String value(int ordinal) {
        return values[ordinal];
    }

    /** Adds one to {@code counts[o]} for each value ordinal o of document {@code doc}. */
    void count(int doc, int[] counts) {
        if (start == null) {
            int o = small != null ? small[doc] & 0xFF : large[doc];
            if (o > 0) {
                counts[o - 1]++;
            }
        } else if (small != null) {
            for (int k = start[doc], end = start[doc + 1]; k < end; k++) {
                counts[small[k] & 0xFF]++;
            }
        } else {
            for (int k = start[doc], end = start[doc + 1]; k < end; k++) {
                counts[large[k]]++;
            }
        }
    }
}
