package org.briefdesk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.briefdesk.search.IndexConfig;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.analysis.LexiconTerm;
import org.briefdesk.search.document.ItemDocument;

/**
 * Fills a stopped server's database and search index with an archive of generated items, far
 * faster than the server could take them one by one: JDBC batch inserts into the database the
 * server migrated and filled with the demo district, then a bulk import into its Lucene index
 * (ItemIndex.importAll, as the search CLI imports a legacy archive) that keeps the index's last
 * applied change, so the server starts without a rebuild. The last {@code --inbox} items are this
 * week's submissions: they get outbox rows, so the server's own index updater indexes them and
 * runs duplicate detection on them at start-up, like items that arrived while it was down.
 *
 * <pre>ArchiveLoader --db jdbc:h2:DIR/briefdesk/briefdesk --index DIR/briefdesk/index --items 100000 --inbox 150</pre>
 */
public final class ArchiveLoader {

    private static final int BATCH = 500;

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        String db = Args.required(a, "db");
        Path indexDir = Path.of(Args.required(a, "index"));
        int total = Integer.parseInt(a.getOrDefault("items", "100000"));
        int inbox = Integer.parseInt(a.getOrDefault("inbox", "150"));
        long seed = Long.parseLong(a.getOrDefault("seed", "7"));

        try (Connection c =
                DriverManager.getConnection(db, a.getOrDefault("user", "sa"), a.getOrDefault("password", "sa"))) {
            c.setAutoCommit(false);
            List<ArchiveItems.Unit> units = units(c);
            ArchiveItems archive = new ArchiveItems(seed, units, total, inbox, Instant.now());
            long lastSeq = lastSequence(c);
            long t0 = System.nanoTime();
            long chars = insertItems(c, archive, total, lastSeq);
            System.out.printf(
                    "database: %,d items (avg %,d chars of text) in %.0f s%n",
                    total, chars / total, (System.nanoTime() - t0) / 1e9);
            importIntoIndex(indexDir, lexicon(c), archive, total - inbox, lastSeq);
        }
    }

    private static List<ArchiveItems.Unit> units(Connection c) throws SQLException {
        List<ArchiveItems.Unit> units = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("select id, short_name, kind from unit where kind <> 'OFFICE' and active")) {
            while (r.next()) {
                units.add(new ArchiveItems.Unit(r.getLong(1), r.getString(2), r.getString(3)));
            }
        }
        if (units.isEmpty()) {
            throw new IllegalStateException(
                    "no units: start the server once on this database so it loads the demo district");
        }
        return units;
    }

    /**
     * The server's dictionary (SearchIndex.publishLexicon): the database's terms with their parts of
     * speech, every unit's name and short name as organisations, and the synonym groups.
     */
    private static Lexicon lexicon(Connection c) throws SQLException {
        List<LexiconTerm> terms = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select word, pos from lexicon_term order by word")) {
                while (r.next()) {
                    terms.add(new LexiconTerm(r.getString(1), r.getString(2)));
                }
            }
            try (ResultSet r = s.executeQuery("select name, short_name from unit order by id")) {
                while (r.next()) {
                    terms.add(new LexiconTerm(r.getString(1), "nt"));
                    terms.add(new LexiconTerm(r.getString(2), "nt"));
                }
            }
            try (ResultSet r = s.executeQuery("select words from synonym_group order by id")) {
                while (r.next()) {
                    groups.add(List.of(r.getString(1).split(",")));
                }
            }
        }
        Lexicon lexicon = new Lexicon();
        lexicon.publish(terms, groups);
        return lexicon;
    }

    private static long lastSequence(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select last_seq from change_counter where id = 1")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Inserts every item (and its columns); returns the total length of the plain texts. */
    private static long insertItems(Connection c, ArchiveItems archive, int total, long lastSeq) throws SQLException {
        long chars = 0;
        long seq = lastSeq;
        try (PreparedStatement item = c.prepareStatement(
                        "insert into item (id, version, title, body_html, body_text,"
                                + " unit_id, author_id, event_date, must_report, urgent, contact, status, status_reason, created_at,"
                                + " submitted_at, combined) values (?, 0, ?, ?, ?, ?, null, ?, ?, ?, null, ?, null, ?, ?, false)");
                PreparedStatement column =
                        c.prepareStatement("insert into item_column (item_id, column_id) values (?, ?)");
                PreparedStatement change = c.prepareStatement(
                        "insert into item_change (seq, item_id, kind, created_at) values (?, ?, 'UPSERT', ?)")) {
            for (int i = 0; i < total; i++) {
                ArchiveItems.Row row = archive.row(i);
                item.setLong(1, row.id());
                item.setString(2, row.title());
                item.setString(3, html(row.bodyText()));
                item.setString(4, row.bodyText());
                item.setLong(5, row.unitId());
                item.setObject(6, row.eventDate());
                item.setString(7, row.mustReport());
                item.setBoolean(8, row.urgent());
                item.setString(9, row.status());
                item.setTimestamp(10, Timestamp.from(row.createdAt()));
                item.setTimestamp(11, Timestamp.from(row.submittedAt()));
                item.addBatch();
                for (int col : row.columnIds()) {
                    column.setLong(1, row.id());
                    column.setInt(2, col);
                    column.addBatch();
                }
                if (archive.inInbox(i)) {
                    change.setLong(1, ++seq);
                    change.setLong(2, row.id());
                    change.setTimestamp(3, Timestamp.from(row.submittedAt()));
                    change.addBatch();
                }
                chars += row.bodyText().length();
                if ((i + 1) % BATCH == 0 || i == total - 1) {
                    item.executeBatch();
                    column.executeBatch();
                    change.executeBatch();
                    c.commit();
                }
                if ((i + 1) % 20_000 == 0) {
                    System.out.printf("  %,d items written%n", i + 1);
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("update change_counter set last_seq = " + seq + " where id = 1");
            // Hibernate's pooled ids (allocation 50) must start above the archive.
            s.execute("alter sequence item_seq restart with " + (ArchiveItems.FIRST_ID + total + 1000));
        }
        c.commit();
        return chars;
    }

    /** The body as RichText.ofPlainText stores it: one escaped paragraph per line. */
    private static String html(String text) {
        StringBuilder h = new StringBuilder();
        for (String p : text.split("\n")) {
            if (!p.isBlank()) {
                h.append("<p>")
                        .append(p.strip()
                                .replace("&", "&amp;")
                                .replace("<", "&lt;")
                                .replace(">", "&gt;"))
                        .append("</p>");
            }
        }
        return h.toString();
    }

    /** Bulk-imports the archived (non-inbox) items, keeping the index's last applied change. */
    private static void importIntoIndex(Path dir, Lexicon lexicon, ArchiveItems archive, int count, long lastSeq)
            throws IOException {
        try (ItemIndex index = ItemIndex.open(
                dir, IndexConfig.defaults(new HanLPSegmenter(), lexicon).withRefreshMillis(0))) {
            if (index.needsRebuild() || index.lastAppliedSequence() != lastSeq) {
                throw new IllegalStateException("the index in " + dir + " is not caught up with the database (index at "
                        + index.lastAppliedSequence() + ", database at " + lastSeq + "): let the server finish first");
            }
            long t0 = System.nanoTime();
            long[] next = {20_000};
            long done = index.importAll(
                    documents(archive, count),
                    lastSeq,
                    Runtime.getRuntime().availableProcessors(),
                    (n, failed, rate) -> {
                        if (n >= next[0]) {
                            System.out.printf("  %,d items indexed (%.0f/s)%n", n, rate);
                            next[0] += 20_000;
                        }
                    });
            System.out.printf(
                    "index: %,d items imported in %.0f s, %,d documents, last applied change %d%n",
                    done, (System.nanoTime() - t0) / 1e9, index.size(), index.lastAppliedSequence());
        }
    }

    private static Iterator<ItemDocument> documents(ArchiveItems archive, int count) {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public ItemDocument next() {
                if (i >= count) {
                    throw new NoSuchElementException();
                }
                return archive.row(i++).doc();
            }
        };
    }
}
