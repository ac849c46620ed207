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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.briefdesk.domain.model.lexicon.LexiconContents;
import org.briefdesk.domain.model.lexicon.LocalTermRepository;
import org.briefdesk.domain.model.lexicon.SynonymGroupRepository;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.infrastructure.Settings;
import org.briefdesk.search.IndexConfig;
import org.briefdesk.search.ItemIndex;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.analysis.LexiconSnapshot;
import org.briefdesk.search.analysis.LexiconTerm;

/**
 * Owns the one {@link ItemIndex} of this server (in BRIEFDESK_DATA_DIR/index) and its live
 * dictionary: the local terms and synonym groups of the database plus every unit's name and short
 * name, so 学院路街道 is one word; it is published again after every committed change.
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

    @Inject
    LocalTermRepository terms;

    @Inject
    SynonymGroupRepository groups;

    private HanLPSegmenter segmenter;
    private Lexicon lexicon;
    private ItemIndex index;
    private String openingNote;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void open() {
        segmenter = new HanLPSegmenter();
        lexicon = new Lexicon();
        publishLexicon();
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
                IndexConfig.defaults(segmenter, lexicon).withRefreshMillis(0).withSearchExecutor(executor));
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

    /** The segmenter of this server (HanLP's dictionaries are loaded once). */
    public HanLPSegmenter segmenter() {
        return segmenter;
    }

    /**
     * Publishes the dictionary as the database holds it now (terms, synonym groups, every unit's
     * name and short name): new items and queries use it at once, analysis in flight finishes with
     * the one it started with. Serialised, so the last publication reads the last committed change;
     * in a transaction of its own, as it is called after the changing transaction committed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public synchronized void publishLexicon() {
        LexiconContents contents = LexiconContents.of(terms.all(), groups.all(), units.all());
        LexiconSnapshot s = lexicon.publish(searchTerms(contents), contents.groups());
        LOG.info(() -> "Dictionary version " + s.version() + " published: "
                + s.words().size() + " words, " + s.synonymGroups().size() + " synonym groups");
    }

    /** The search module's terms of the dictionary contents. */
    static List<LexiconTerm> searchTerms(LexiconContents contents) {
        return contents.terms().stream()
                .map(e -> new LexiconTerm(e.word(), e.pos()))
                .toList();
    }
}
