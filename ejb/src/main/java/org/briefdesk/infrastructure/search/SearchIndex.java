package org.briefdesk.infrastructure.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.infrastructure.Settings;
import org.briefdesk.search.IndexConfig;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;

/**
 * Owns the one {@link ItemIndex} of this server (in BRIEFDESK_DATA_DIR/index) and its lexicon: the
 * local terms and synonyms shipped with Briefdesk plus every unit's name, so 学院路街道 is one word.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "DemoData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @Inject
    UnitRepository units;

    /** Runs the segment slices of one search in parallel (a lookup in a large archive uses every core). */
    @Resource
    ManagedExecutorService executor;

    private Lexicon lexicon;
    private ItemIndex index;
    private String openingNote;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void open() {
        lexicon = new Lexicon();
        lexicon.replace(terms(), synonymGroups());
        Path dir = Settings.dataDir().resolve("index");
        try {
            if (!Files.isDirectory(dir) || isEmpty(dir)) {
                openingNote = "索引目录不存在或为空（" + dir + "）";
                LOG.warning(
                        "The search index directory " + dir + " is missing or empty: it is built from the database");
            }
            Files.createDirectories(dir);
            requireReadableCommit(dir);
            index = openAt(dir);
        } catch (IOException | RuntimeException e) {
            // A damaged directory must not keep the application from starting: keep it aside for a
            // look, start an empty index and let the updater rebuild it from the database.
            Path aside = dir.resolveSibling("index.damaged-" + System.currentTimeMillis());
            LOG.log(
                    Level.SEVERE,
                    "The search index in " + dir + " cannot be opened; it is moved to " + aside
                            + " and rebuilt from the database",
                    e);
            openingNote = "索引目录损坏，无法打开（" + e.getClass().getSimpleName() + "），已移至 " + aside;
            try {
                Files.move(dir, aside);
                Files.createDirectories(dir);
                index = openAt(dir);
            } catch (IOException again) {
                throw new UncheckedIOException("cannot open the search index in " + dir, again);
            }
        }
        LOG.info(() -> "Search index open at " + dir + ", last applied change " + index.lastAppliedSequence());
    }

    private ItemIndex openAt(Path dir) throws IOException {
        // No refresh thread of its own inside the container: the updater refreshes after each batch it applies.
        return ItemIndex.open(
                dir,
                IndexConfig.defaults(new HanLPSegmenter(), lexicon)
                        .withRefreshMillis(0)
                        .withSearchExecutor(executor));
    }

    /** Reads the last commit's segment list: a damaged or foreign index fails here, before anything is opened. */
    private static void requireReadableCommit(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir)) {
            if (DirectoryReader.indexExists(d)) {
                SegmentInfos.readLatestCommit(d);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    /** What was wrong with the index directory at start-up (missing, empty, damaged), if anything. */
    public Optional<String> openingNote() {
        return Optional.ofNullable(openingNote);
    }

    @PreDestroy
    void close() {
        try {
            index.close();
        } catch (IOException e) {
            LOG.warning("closing the search index failed: " + e);
        }
    }

    public ItemIndex index() {
        return index;
    }

    private Set<String> terms() {
        Set<String> words = new LinkedHashSet<>(lines("local-terms.txt"));
        for (Unit u : units.all()) {
            words.add(u.getShortName());
        }
        return words;
    }

    private static List<List<String>> synonymGroups() {
        List<List<String>> groups = new ArrayList<>();
        for (String line : lines("synonyms.txt")) {
            groups.add(Arrays.stream(line.split("[,，]"))
                    .map(String::strip)
                    .filter(w -> !w.isEmpty())
                    .toList());
        }
        return groups;
    }

    private static List<String> lines(String name) {
        InputStream in = SearchIndex.class.getResourceAsStream("/org/briefdesk/search/" + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
