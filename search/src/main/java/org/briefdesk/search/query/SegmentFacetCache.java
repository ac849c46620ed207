package org.briefdesk.search.query;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * The {@link DocOrdinals} of the facet fields for every open segment, keyed by the segment core
 * and dropped when the core closes. An NRT refresh only adds small new segments, so warming a new
 * searcher costs only their documents; a merged segment is read once when it appears.
 */
final class SegmentFacetCache {
    private final List<String> fields;
    private final Map<Object, DocOrdinals[]> bySegment = new ConcurrentHashMap<>();

    SegmentFacetCache(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    List<String> fields() {
        return fields;
    }

    /** The segment's ordinals, one per facet field in {@link #fields()} order. */
    DocOrdinals[] of(LeafReaderContext context) throws IOException {
        LeafReader reader = context.reader();
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        if (core == null) {
            return read(reader); // a reader without a stable core (none of ours): not cached
        }
        DocOrdinals[] cached = bySegment.get(core.getKey());
        if (cached == null) {
            cached = read(reader);
            if (bySegment.putIfAbsent(core.getKey(), cached) == null) {
                core.addClosedListener(bySegment::remove);
            }
        }
        return cached;
    }

    /** Reads the ordinals of every segment not cached yet (called for each new searcher). */
    void warm(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            of(leaf);
        }
    }

    /** Segments currently cached. */
    int size() {
        return bySegment.size();
    }

    private DocOrdinals[] read(LeafReader reader) throws IOException {
        DocOrdinals[] out = new DocOrdinals[fields.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = DocOrdinals.read(reader, fields.get(i));
        }
        return out;
    }
}
