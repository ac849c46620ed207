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
 * The item sets the relevance benchmark runs on: the generated corpus, a JSON-lines file, the
 * Chinese manual pages of Debian's {@code manpages-zh} package (real text nobody here wrote;
 * GFDL-1.2+, see search-tools/BENCHMARK.md), each page one item titled by its NAME line, with or
 * without the translation project's colophon and copyright sections, or the sections of an HTML book
 * such as the Simplified Chinese <em>Debian Administrator's Handbook</em> ({@code debian-handbook},
 * GPL-2.0+ or CC-BY-SA-3.0), one item per page titled by its {@code <title>}.
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

    /**
     * Sections that are the same boilerplate in dozens of pages, not the page's own text: the
     * translation project's colophon (跋, 中文版维护人, 中文版最新更新, 翻译计划, 译者) and the
     * copyright notice (版权, COPYRIGHT: coreutils' "NO WARRANTY, to the extent permitted by law").
     */
    static final java.util.regex.Pattern COLOPHON =
            java.util.regex.Pattern.compile("跋|中文版维护人|中文版最新更新|翻译计划|译者|版权|(?i:copyright)");

    /** Every {@code *.gz} man page under {@code dir} with enough Chinese text. */
    static List<ItemDocument> manPages(Path dir) throws IOException {
        return manPages(dir, false);
    }

    /** Like {@link #manPages(Path)}; {@code withoutColophon} leaves out the {@link #COLOPHON} sections. */
    static List<ItemDocument> manPages(Path dir, boolean withoutColophon) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".gz")).sorted().toList();
        }
        List<ItemDocument> out = new ArrayList<>();
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (Path p : files) {
            String[] page = manPage(p, withoutColophon);
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
    static String[] manPage(Path gz, boolean withoutColophon) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz));
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                lines.add(l);
            }
        }
        String title = null;
        boolean nextIsName = false;
        boolean skipping = false;
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
                    skipping = withoutColophon && COLOPHON.matcher(text).find();
                    nextIsName = text.toUpperCase().contains("NAME") || text.contains("名称") || text.contains("名字");
                    continue;
                }
            }
            text = plain(text);
            if (text.isBlank() || skipping) {
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

    /** Every {@code *.html} page under {@code dir} with enough Chinese text: title and visible text. */
    static List<ItemDocument> htmlPages(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<ItemDocument> out = new ArrayList<>();
        LocalDate day = LocalDate.of(2021, 1, 1);
        for (Path p : files) {
            String[] page = htmlPage(Files.readString(p, StandardCharsets.UTF_8));
            if (page != null && hanCount(page[1]) >= MIN_HAN) {
                out.add(ItemDocument.builder(dir.relativize(p).toString())
                        .title(page[0])
                        .body(page[1])
                        .date(day.plusDays(out.size() % 1500))
                        .build());
            }
        }
        return out;
    }

    /**
     * {title, body} of an HTML page: the {@code <title>}, and the text of the {@code <body>} without
     * scripts, styles and the navigation lists (上一页/下一页 on every page of a DocBook book).
     */
    static String[] htmlPage(String html) {
        java.util.regex.Matcher t =
                java.util.regex.Pattern.compile("(?s)<title[^>]*>(.*?)</title>").matcher(html);
        int bodyAt = html.indexOf("<body");
        if (!t.find() || bodyAt < 0) {
            return null;
        }
        String body = html.substring(bodyAt)
                .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<ul class=\"docnav[^\"]*\">.*?</ul>", " ")
                .replaceAll("(?s)<div id=\"banner\">.*?</div>", " ")
                .replaceAll("(?i)<(br|/p|/div|/h\\d|/li|/tr|/pre)[^>]*>", "\n")
                .replaceAll("(?s)<[^>]*>", "");
        StringBuilder text = new StringBuilder();
        for (String line : unescape(body).split("\n")) {
            if (!line.isBlank()) {
                text.append(line.strip()).append('\n');
            }
        }
        return new String[] {unescape(t.group(1).replaceAll("<[^>]*>", "")).strip(), text.toString()};
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&nbsp;", " ")
                .replace('\u00a0', ' ') // DocBook's "1.&nbsp;" numbering: whitespace, as a browser shows it
                .replace("&amp;", "&");
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
