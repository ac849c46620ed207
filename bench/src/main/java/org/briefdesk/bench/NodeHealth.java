package org.briefdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A node's readiness as the benchmarks watch it: {@code /health/ready} (open, no login) answers 503
 * with the index lag while the node catches up with the outbox and 200 once it is within reach.
 */
final class NodeHealth {

    private NodeHealth() {}

    /** Seconds from {@code since} until the node answers ready with its index caught up with the outbox. */
    static double awaitCaughtUp(String node, long since) throws Exception {
        await(node, r -> r.statusCode() == 200 && r.body().contains("\"indexLag\":0"), "catch up");
        return (System.nanoTime() - since) / 1e9;
    }

    /** The first answer of the node's readiness check, whatever it says (its index lag, mostly). */
    static String awaitAnswering(String node) throws Exception {
        HttpResponse<String> r = await(node, a -> a.statusCode() == 200 || a.statusCode() == 503, "answer");
        int data = r.body().indexOf("\"data\":");
        return data < 0
                ? "HTTP " + r.statusCode()
                : r.body().substring(data + 7, r.body().indexOf('}', data) + 1);
    }

    /** Polls the readiness check until an answer satisfies {@code wanted}, for at most 20 minutes. */
    private static HttpResponse<String> await(String node, Predicate<HttpResponse<String>> wanted, String what)
            throws Exception {
        // No credentials: readiness is open, and a made-up login would only trip the sign-in throttle.
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(node).resolve("health/ready"))
                .timeout(Duration.ofSeconds(10))
                .build();
        for (long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20); System.nanoTime() < deadline; ) {
            try {
                HttpResponse<String> r = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (wanted.test(r)) {
                    return r;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(node + " did not " + what + " within 20 minutes");
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
