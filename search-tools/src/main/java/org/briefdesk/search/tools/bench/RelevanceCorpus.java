package org.briefdesk.search.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.tools.corpus.CorpusGenerator;

/**
 * The item sets the relevance benchmark runs on: the generated corpus, a JSON-lines file, or the
 * Chinese manual pages of Debian's {@code manpages-zh} package (real text nobody here wrote;
 * GFDL-1.2+, see search-tools/BENCHMARK.md), each page one item titled by its NAME line.
 */
final class RelevanceCorpus {
    /** Pages with fewer Han characters than this are mostly English and left out. */
    static final int MIN_HAN = 200;

    private RelevanceCorpus() {}

    static List<ItemDocument> generated(int n, long seed) {
        CorpusGenerator g = new CorpusGenerator(seed);
        List<ItemDocument> out = new ArrayList<>(n);
        for (long i = 0; i < n; i++) {
            out.add(g.archiveItem(i));
        }
        return out;
    }

    static List<ItemDocument> jsonl(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<ItemDocument> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            ItemDocument.Builder b = ItemDocument.builder(n.get("id").asText())
                    .title(n.get("title").asText())
                    .body(n.get("body").asText());
            if (n.hasNonNull("date")) {
                b.date(LocalDate.parse(n.get("date").asText()));
            }
            out.add(b.build());
        }
        return out;
    }

    /** Every {@code *.gz} man page under {@code dir} with enough Chinese text. */
    static List<ItemDocument> manPages(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".gz")).sorted().toList();
        }
        List<ItemDocument> out = new ArrayList<>();
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (Path p : files) {
            String[] page = manPage(p);
            if (page != null && hanCount(page[1]) >= MIN_HAN) {
                String id = dir.relativize(p).toString();
                out.add(ItemDocument.builder(id)
                        .title(page[0])
                        .body(page[1])
                        .date(day.plusDays(out.size() % 1500))
                        .build());
            }
        }
        return out;
    }

    /** {title, body} of a troff man page: macros dropped, their text kept, font escapes removed. */
    static String[] manPage(Path gz) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz));
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(l);
            }
        }
        String title = null;
        boolean nextIsName = false;
        StringBuilder body = new StringBuilder();
        for (String l : lines) {
            if (l.startsWith(".\\\"") || l.startsWith("'\\\"") || l.startsWith(".TH") || l.startsWith(".so")) {
                continue;
            }
            String text = l;
            if (l.startsWith(".")) {
                int sp = l.indexOf(' ');
                String macro = sp < 0 ? l : l.substring(0, sp);
                text = sp < 0 ? "" : l.substring(sp + 1).replace("\"", "");
                if (macro.equals(".SH")) {
                    nextIsName = text.toUpperCase().contains("NAME") || text.contains("名称") || text.contains("名字");
                    continue;
                }
            }
            text = plain(text);
            if (text.isBlank()) {
                continue;
            }
            if (nextIsName && title == null) {
                title = text;
                nextIsName = false;
                continue;
            }
            body.append(text).append('\n');
        }
        return title == null ? null : new String[] {title, body.toString()};
    }

    private static String plain(String troff) {
        return troff.replaceAll("\\\\f[BIRPC(]\\w?", "")
                .replace("\\-", "-")
                .replace("\\&", "")
                .replace("\\e", "\\")
                .replaceAll("\\\\\\(\\w\\w", "")
                .replaceAll("\\\\[ ~|^]", " ")
                .strip();
    }

    static int hanCount(String s) {
        return (int) s.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .count();
    }
}
