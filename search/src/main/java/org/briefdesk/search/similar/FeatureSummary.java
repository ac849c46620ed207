package org.briefdesk.search.similar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The part of an item's {@link ItemFeatures} that classifies a candidate without its text: id,
 * MinHash signature (low 16 bits of each value), number of shingles, term vector, entities, date
 * and unit. Stored as one binary doc value per item (≈ 1.5 KB), so {@link SimilarFinder} reads
 * it directly instead of decompressing the stored body of every candidate and re-shingling it;
 * the text is loaded only for the few candidates that could be duplicates or are returned.
 *
 * @param signature16 {@link MinHash#signature} values truncated to 16 bits: two different values
 *     collide with probability 1/65,536, which only raises the estimate (the prefilter stays safe)
 * @param terms the term vector's terms, with their frequencies in {@code counts} at the same index:
 *     a lookup decodes dozens of summaries and reads each term once, so no map is built for them
 */
public record FeatureSummary(
        String id,
        short[] signature16,
        int shingleCount,
        String[] terms,
        int[] counts,
        Set<String> entities,
        LocalDate date,
        String unit) {

    public static BytesRef encode(ItemFeatures f) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput(2048);
        try {
            out.writeString(f.id());
            int[] sig = f.signature();
            out.writeVInt(sig.length);
            for (int v : sig) {
                out.writeShort((short) v);
            }
            out.writeVInt(f.shingles().shingles().length);
            out.writeVLong(f.date() == null ? 0 : f.date().toEpochDay() - Integer.MIN_VALUE + 1);
            out.writeString(f.unit() == null ? "" : f.unit());
            out.writeVInt(f.entities().size());
            for (String e : f.entities()) {
                out.writeString(e);
            }
            out.writeVInt(f.termVector().size());
            for (Map.Entry<String, Integer> e : f.termVector().entrySet()) {
                out.writeString(e.getKey());
                out.writeVInt(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory output: cannot happen
        }
        return new BytesRef(out.toArrayCopy());
    }

    public static FeatureSummary decode(BytesRef b) {
        return decode(b, UnaryOperator.identity());
    }

    /**
     * Decodes a summary, passing its terms, entities and unit through {@code shared} (which may
     * return an equal string decoded before, so that cached summaries share their strings).
     */
    static FeatureSummary decode(BytesRef b, UnaryOperator<String> shared) {
        try {
            return read(new ByteArrayDataInput(b.bytes, b.offset, b.length), shared);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory input: cannot happen
        }
    }

    private static FeatureSummary read(ByteArrayDataInput in, UnaryOperator<String> shared) throws IOException {
        String id = in.readString();
        short[] sig = new short[in.readVInt()];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = in.readShort();
        }
        int shingles = in.readVInt();
        long day = in.readVLong();
        String unit = in.readString();
        int ne = in.readVInt();
        Set<String> ents = new HashSet<>(ne * 2);
        for (int i = 0; i < ne; i++) {
            ents.add(shared.apply(in.readString()));
        }
        int nt = in.readVInt();
        String[] terms = new String[nt];
        int[] counts = new int[nt];
        for (int i = 0; i < nt; i++) {
            terms[i] = shared.apply(in.readString());
            counts[i] = in.readVInt();
        }
        return new FeatureSummary(
                id,
                sig,
                shingles,
                terms,
                counts,
                ents,
                day == 0 ? null : LocalDate.ofEpochDay(day - 1 + Integer.MIN_VALUE),
                unit.isEmpty() ? null : shared.apply(unit));
    }

    /** The term vector as a map (term → frequency in title + body). */
    public Map<String, Integer> termVector() {
        Map<String, Integer> tv = new LinkedHashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) {
            tv.put(terms[i], counts[i]);
        }
        return tv;
    }

    /** Share of equal signature positions: the MinHash estimate of the shingle Jaccard. */
    public double estimatedJaccard(int[] signature) {
        int n = Math.min(signature.length, signature16.length);
        int eq = 0;
        for (int i = 0; i < n; i++) {
            if ((short) signature[i] == signature16[i]) {
                eq++;
            }
        }
        return n == 0 ? 0 : (double) eq / n;
    }
}
