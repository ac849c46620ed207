package org.briefdesk.search.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefdesk.search.IndexConfig;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.similar.ColumnSuggester.Suggestion;

/**
 * The column suggestion's hit rate, leave-one-out: every tagged item of a file is suggested columns
 * by the other items (it never votes for itself), and the suggestion counts as a hit when its first
 * column is one the office gave the item. Printed with the baseline of always suggesting the most
 * frequent column, and the time per suggestion.
 *
 * <p>Input: JSON lines of {"title","body","column"} (column a name, an array of names or null), e.g.
 * the demo items {@code ejb/src/main/resources/org/briefdesk/demo/items.jsonl}.
 */
public final class ColumnBench {

    private ColumnBench() {}

    public static void main(String[] args, PrintStream out) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: columns FILE.jsonl [FILE.jsonl …]");
        }
        for (String file : args) {
            run(Path.of(file), out);
        }
    }

    private static void run(Path file, PrintStream out) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<ItemDocument> items = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = json.readTree(line);
            List<String> columns = new ArrayList<>();
            JsonNode c = o.get("column");
            if (c != null && c.isArray()) {
                c.forEach(v -> columns.add(v.asText()));
            } else if (c != null && !c.isNull()) {
                columns.add(c.asText());
            }
            items.add(ItemDocument.builder(String.valueOf(++n))
                    .title(o.path("title").asText())
                    .body(o.path("body").asText())
                    .columns(columns)
                    .build());
        }
        Map<String, Integer> frequency = new HashMap<>();
        items.forEach(i -> i.columns().forEach(c -> frequency.merge(c, 1, Integer::sum)));
        String majority = frequency.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("");
        int tagged = 0, top1 = 0, top3 = 0, baseline = 0, none = 0;
        long[] nanos = new long[items.size()];
        try (ItemIndex index = ItemIndex.open(
                new ByteBuffersDirectory(),
                IndexConfig.defaults(new HanLPSegmenter(), new Lexicon()).withRefreshMillis(0))) {
            long seq = 0;
            for (ItemDocument d : items) {
                index.index(d, ++seq);
            }
            index.commit(seq);
            index.refresh();
            for (ItemDocument d : items) {
                if (d.columns().isEmpty()) {
                    continue;
                }
                long t0 = System.nanoTime();
                List<Suggestion> s = index.suggestColumns(d, Set.of());
                nanos[tagged++] = System.nanoTime() - t0;
                if (s.isEmpty()) {
                    none++;
                    continue;
                }
                if (d.columns().contains(s.get(0).column())) {
                    top1++;
                }
                if (s.stream().anyMatch(x -> d.columns().contains(x.column()))) {
                    top3++;
                }
                if (d.columns().contains(majority)) {
                    baseline++;
                }
            }
        }
        long[] t = Arrays.copyOf(nanos, tagged);
        Arrays.sort(t);
        out.printf(
                "%n## column suggestion, leave-one-out: %s%n%n%d items, %d tagged, %d columns (most frequent: %s, %d items)%n%n",
                file.getFileName(),
                items.size(),
                tagged,
                frequency.size(),
                majority,
                frequency.getOrDefault(majority, 0));
        out.println("| | hit rate |");
        out.println("|---|---|");
        out.printf("| first suggestion is one of the item's columns | %s |%n", pct(top1, tagged));
        out.printf("| one of the three suggestions is | %s |%n", pct(top3, tagged));
        out.printf("| baseline: always the most frequent column | %s |%n", pct(baseline, tagged));
        out.printf("| no suggestion (no tagged neighbour) | %s |%n", pct(none, tagged));
        if (tagged > 0) {
            out.printf(
                    "%ntime per suggestion: median %.1f ms, p95 %.1f ms%n",
                    t[tagged / 2] / 1e6, t[(int) (tagged * 0.95)] / 1e6);
        }
    }

    private static String pct(int k, int n) {
        return n == 0 ? "—" : String.format("%d/%d = %.0f%%", k, n, 100.0 * k / n);
    }
}
