package org.briefdesk.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefdesk.infrastructure.demo.DemoData;

/**
 * The server's CPU per page, measured with one client sending requests back to back: CPU per request
 * does not depend on how many users wait, so this is the figure that says whether a change made a
 * page cheaper, even on a shared machine where latencies mean little. Prints, per page, n, mean and
 * p50 wall time and the server process's CPU time (/proc, user + system) over the loop divided by n.
 *
 * <p>{@code --base http://localhost:8720/ --pid SERVER_PID [--warmup 30] [--n 150]}: a signed-in
 * editor and a leader first warm the pages up (JIT), then each page is requested n times in a row.
 * Compare only runs with the same warm-up. Run by {@code BENCH_PAGE_COST=true bin/bench-load}.
 */
public final class PageCost {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final Pattern ITEM_LINK = Pattern.compile("item\\.xhtml\\?id=(\\d+)");

    private PageCost() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        String base = Args.required(a, "base");
        String pid = Args.required(a, "pid");
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "30"));
        int n = Integer.parseInt(a.getOrDefault("n", "150"));
        DeskClient editor = DeskClient.browser(base, "editor", DemoData.PASSWORD);
        DeskClient leader = DeskClient.browser(base, "leader", DemoData.PASSWORD);
        Matcher m = ITEM_LINK.matcher(editor.get("editor/inbox.xhtml").body());
        if (!m.find()) {
            throw new IllegalStateException("the inbox lists no item");
        }
        String item = "editor/item.xhtml?id=" + m.group(1);
        List<Page> pages = List.of(
                new Page("GET editor/inbox.xhtml", editor, "editor/inbox.xhtml"),
                new Page("GET " + item, editor, item),
                new Page("GET search.xhtml", editor, "search.xhtml"),
                new Page("GET leader/home.xhtml", leader, "leader/home.xhtml"));
        for (int i = 0; i < warmup; i++) {
            for (Page p : pages) {
                p.request();
            }
        }
        System.out.printf(
                "page cost: one client back to back, %d warm-up rounds, n = %d per page, %d cores, load average %s%n",
                warmup, n, Runtime.getRuntime().availableProcessors(), DeskBench.loadAverage());
        System.out.println("| page | n | mean ms | p50 ms | server CPU ms/request | measured (UTC) |");
        System.out.println("|---|---|---|---|---|---|");
        for (Page p : pages) {
            Latencies l = new Latencies(p.name, false);
            List<Double> all = new ArrayList<>();
            // The window is printed so that a profile taken meanwhile can be split by page.
            Instant start = Instant.now();
            long cpu = DeskBench.serverCpuMillis(pid);
            for (int i = 0; i < n; i++) {
                double ms = p.request();
                l.add(ms);
                all.add(ms);
            }
            double cpuPerRequest = (DeskBench.serverCpuMillis(pid) - cpu) / (double) n;
            System.out.printf(
                    "| %s | %d | %.1f | %.1f | %.1f | %s–%s |%n",
                    p.name,
                    n,
                    all.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    l.percentile(50),
                    cpuPerRequest,
                    TIME.format(start),
                    TIME.format(Instant.now()));
        }
    }

    private record Page(String name, DeskClient client, String path) {

        /** The wall time of one GET; anything but 200 stops the measure (a broken page costs nothing). */
        double request() throws Exception {
            DeskClient.Response r = client.get(path);
            if (r.status() != 200) {
                throw new IllegalStateException(name + " answered " + r.status());
            }
            return r.millis();
        }
    }
}
