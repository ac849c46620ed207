package org.briefdesk.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefdesk.infrastructure.demo.DemoData;

/**
 * The session step of the cluster check, repeated ({@code bin/cluster-check sessions}): a person
 * signs in on node A through the login form and, as a browser does, opens pages at once — the
 * redirect after the sign-in and then several pages in parallel — so the next requests of a
 * session run while the previous one's session write is still being replicated to B. Each round
 * then asks A and B whether the session is still signed in; a round where either says no is a lost
 * session. Prints the rounds, the losses and {@code sessions lost: N}; exits 1 when N > 0.
 */
public final class SessionReplicationCheck {

    private SessionReplicationCheck() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Args.parse(args);
        String a = Args.required(o, "a");
        String b = Args.required(o, "b");
        int rounds = Integer.parseInt(o.getOrDefault("rounds", "30"));
        int parallel = Integer.parseInt(o.getOrDefault("parallel", "4"));
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        int lost = 0;
        List<String> losses = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int round = 1; round <= rounds; round++) {
            DeskClient browser;
            try {
                browser = DeskClient.browser(a, round % 2 == 0 ? "editor" : "editor2", DemoData.PASSWORD);
            } catch (IllegalStateException e) {
                lost++;
                losses.add(round + ": sign-in on A failed (" + e.getMessage() + ")");
                continue;
            }
            List<Future<Integer>> pages = new ArrayList<>();
            for (int p = 0; p < parallel; p++) {
                String page = p % 2 == 0 ? "index.xhtml" : "editor/inbox.xhtml";
                pages.add(pool.submit(() -> browser.get(page).status()));
            }
            for (Future<Integer> page : pages) {
                page.get();
            }
            boolean onA = signedIn(browser);
            boolean onB = signedIn(browser.at(b));
            if (!onA || !onB) {
                lost++;
                losses.add(round + ":" + (onA ? "" : " not signed in on A") + (onB ? "" : " not signed in on B"));
            }
        }
        pool.shutdown();
        System.out.printf(
                "session rounds: %d (sign-in on A, %d pages at once, then A and B asked), %.0f s%n",
                rounds, parallel, (System.nanoTime() - t0) / 1e9);
        if (!losses.isEmpty()) {
            System.out.println("lost: " + losses);
        }
        System.out.println("sessions lost: " + lost);
        System.exit(lost > 0 ? 1 : 0);
    }

    /** Whether the browser's session opens a protected page (the login page otherwise). */
    static boolean signedIn(DeskClient browser) {
        try {
            DeskClient.Response r = browser.get("index.xhtml");
            return r.status() == 200 && !r.uri().getPath().endsWith("login.xhtml");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
