package org.briefdesk.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.briefdesk.search.document.ItemDocument;
import org.briefdesk.search.tools.corpus.CorpusGenerator;

/**
 * The benchmark's archive: the search module's generated reports, moved into the demo district
 * (a generated unit missing from the demo network becomes a demo unit of the same kind, in the
 * text too), with an id, a workflow status, columns and dates as years of real use would leave them.
 * Deterministic for a seed, so the loader and a re-run agree.
 */
final class ArchiveItems {

    /** Archived item {@code i} has id {@code FIRST_ID + i}, far above the demo items' ids. */
    static final long FIRST_ID = 1_000_000;

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The six default columns of migration V1 (ids 1–6); 工作动态 is by far the most used. */
    private static final String[] COLUMNS = {"工作动态", "典型案例", "经验交流", "媒体链接", "问题与建议", "舆情反应"};

    private static final String[] MUST_REPORT = {
        "PROGRESS_PROBLEMS", "EARLY_SIGNS", "DISTINCTIVE_PRACTICE", "MAJOR_EVENT", "EMERGENCY"
    };

    /** A demo unit as the database has it. */
    record Unit(long id, String shortName, String kind) {}

    /** One row of the item table plus its columns; {@code doc} is what the index holds. */
    record Row(
            long id,
            long unitId,
            String title,
            String bodyText,
            LocalDate eventDate,
            String mustReport,
            boolean urgent,
            String status,
            Instant createdAt,
            Instant submittedAt,
            List<Integer> columnIds,
            ItemDocument doc) {}

    private final CorpusGenerator corpus;
    private final long seed;
    private final Map<String, Unit> byShortName = new HashMap<>();
    private final Map<String, List<Unit>> byKind = new HashMap<>();
    private final int total;
    private final int inbox;
    private final Instant now;

    /**
     * @param units the demo district's reporting units
     * @param total how many items
     * @param inbox how many of them (the last ones) wait in the editors' inbox, submitted this week
     */
    ArchiveItems(long seed, List<Unit> units, int total, int inbox, Instant now) {
        this.corpus = new CorpusGenerator(seed);
        this.seed = seed;
        this.total = total;
        this.inbox = inbox;
        this.now = now;
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingLong(Unit::id));
        for (Unit u : sorted) {
            byShortName.put(u.shortName(), u);
            byKind.computeIfAbsent(u.kind(), k -> new ArrayList<>()).add(u);
        }
    }

    boolean inInbox(int i) {
        return i >= total - inbox;
    }

    Row row(int i) {
        ItemDocument generated = corpus.archiveItem(i);
        Unit unit = demoUnit(generated.unit(), generated.unitKind());
        String title = generated.title().replace(generated.unit(), unit.shortName());
        String body = generated.body().replace(generated.unit(), unit.shortName());
        if (title.length() > 100) {
            title = title.substring(0, 100);
        }
        Random r = new Random(seed * 31 + i);
        String status;
        Instant submitted;
        if (inInbox(i)) {
            status = "SUBMITTED";
            submitted = now.minusSeconds(60 + r.nextInt(7 * 24 * 3600));
        } else {
            double s = r.nextDouble();
            status = s < 0.6 ? "PUBLISHED" : s < 0.85 ? "ACCEPTED" : "REJECTED";
            submitted = generated
                    .date()
                    .plusDays(1)
                    .atTime(8 + r.nextInt(10), r.nextInt(60))
                    .atZone(ZONE)
                    .toInstant();
        }
        List<Integer> columns = new ArrayList<>();
        if (!status.equals("SUBMITTED") && !status.equals("REJECTED")) {
            columns.add(r.nextDouble() < 0.6 ? 1 : 2 + r.nextInt(COLUMNS.length - 1));
        }
        String mustReport = r.nextDouble() < 0.3 ? MUST_REPORT[r.nextInt(MUST_REPORT.length)] : null;
        boolean urgent = r.nextDouble() < (inInbox(i) ? 0.05 : 0.02);
        LocalDate submittedDay = LocalDate.ofInstant(submitted, ZONE);
        // The same fields the server's ItemDocuments writes, so the server finds the index up to date.
        ItemDocument doc = ItemDocument.builder(Long.toString(FIRST_ID + i))
                .title(title)
                .body(body)
                .unit(unit.shortName())
                .unitKind(unit.kind())
                .columns(columns.stream().map(c -> COLUMNS[c - 1]).toList())
                .status(status)
                .mustReportKind(mustReport)
                .urgent(urgent)
                .date(submittedDay)
                .build();
        return new Row(
                FIRST_ID + i,
                unit.id(),
                title,
                body,
                inInbox(i) ? submittedDay.minusDays(1) : generated.date(),
                mustReport,
                urgent,
                status,
                submitted.minusSeconds(3600),
                submitted,
                columns,
                doc);
    }

    /** The demo unit of the same name, else one of the same kind chosen by the name. */
    private Unit demoUnit(String name, String corpusKind) {
        Unit same = byShortName.get(name);
        if (same != null) {
            return same;
        }
        String kind = switch (corpusKind) {
            case "街乡镇" -> "STREET_TOWN";
            case "工委" -> "GONGWEI";
            default -> "DEPARTMENT";
        };
        List<Unit> candidates = byKind.get(kind);
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalStateException(
                    "the database has no unit of kind " + kind + ": load the demo district first");
        }
        return candidates.get(Math.floorMod(name.hashCode(), candidates.size()));
    }
}
