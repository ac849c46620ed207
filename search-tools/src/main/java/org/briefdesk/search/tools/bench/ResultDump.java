package org.briefdesk.search.tools.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.query.FacetCount;
import org.briefdesk.search.query.SearchHit;
import org.briefdesk.search.query.SearchRequest;
import org.briefdesk.search.query.SearchResult;

/**
 * What the bench's queries answer (total, facets, the first page with scores and highlights), one block
 * per query, so that two builds' answers can be compared with {@code diff}: a change meant to make search
 * cheaper must leave every line as it was. Written after the timed queries; beside it ({@code .cpu}) the CPU
 * milliseconds of each query in this pass.
 */
final class ResultDump {
    private ResultDump() {}

    static void write(ItemIndex index, List<String> queries, CallMeter meter, Path to) throws IOException {
        Path costs = to.resolveSibling(to.getFileName() + ".cpu");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(to, StandardCharsets.UTF_8));
                PrintWriter c = new PrintWriter(Files.newBufferedWriter(costs, StandardCharsets.UTF_8))) {
            for (String q : queries) {
                CallMeter.Sample one = meter.sample();
                SearchResult r = meter.time(
                        one, () -> index.search(SearchRequest.builder().query(q).build()));
                // the CPU of each query, apart from the answers: which queries make the p95
                c.printf("%s\t%s%n", one.cpu(50), q);
                w.printf(
                        "## %s%ntotal %d exact=%s estimated=%s relaxed=%s expansions=%s%n",
                        q, r.totalHits(), r.totalExact(), r.estimated(), r.relaxed(), r.expansions());
                for (Map.Entry<String, List<FacetCount>> f : r.facets().entrySet()) {
                    w.printf("facet %s %s%n", f.getKey(), f.getValue());
                }
                for (SearchHit h : r.hits()) {
                    w.printf("hit %s %s %s %s%n", h.id(), Float.toHexString(h.score()), h.date(), h.titleHighlight());
                    for (String fragment : h.fragments()) {
                        w.printf("  %s%n", fragment);
                    }
                }
            }
        }
    }
}
