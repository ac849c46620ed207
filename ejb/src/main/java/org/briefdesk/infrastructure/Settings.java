package org.briefdesk.infrastructure;

import java.nio.file.Path;

/**
 * Deployment settings. Each is read from a system property (handy in tests) or an environment
 * variable (handy in production), with a default that works on a laptop.
 */
public final class Settings {

    private Settings() {}

    public static String get(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    /** Whether to load the demo network and items into an empty database (BRIEFDESK_DEMO_DATA). */
    public static boolean demoData() {
        return Boolean.parseBoolean(get("briefdesk.demo.data", "BRIEFDESK_DEMO_DATA", "true"));
    }

    /** Where this server keeps files of its own (its search index): BRIEFDESK_DATA_DIR. */
    public static Path dataDir() {
        String serverData = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
        return Path.of(get(
                "briefdesk.data.dir",
                "BRIEFDESK_DATA_DIR",
                Path.of(serverData, "briefdesk").toString()));
    }

    /**
     * Where files every server of a cluster must read live (import uploads, the server import
     * directory): BRIEFDESK_SHARED_DIR, a directory all servers mount at the same path; on a single
     * server the data directory. Attachments and published briefings are kept in the database.
     */
    public static Path sharedDir() {
        return Path.of(
                get("briefdesk.shared.dir", "BRIEFDESK_SHARED_DIR", dataDir().toString()));
    }

    /**
     * This server's name within a cluster: WildFly's node name (-Djboss.node.name, which defaults to
     * the host name), recorded where the servers share work through the database.
     */
    public static String nodeName() {
        String node = System.getProperty("jboss.node.name");
        if (node == null || node.isBlank()) {
            node = System.getenv().getOrDefault("HOSTNAME", "briefdesk");
        }
        return node;
    }
}
