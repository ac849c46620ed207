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
import java.util.Set;
import java.util.logging.Logger;
import org.briefdesk.domain.model.unit.Unit;
import org.briefdesk.domain.model.unit.UnitRepository;
import org.briefdesk.infrastructure.Settings;
import org.briefdesk.search.analysis.HanLPSegmenter;
import org.briefdesk.search.analysis.Lexicon;
import org.briefdesk.search.IndexConfig;
import org.briefdesk.search.ItemIndex;

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

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void open() {
        lexicon = new Lexicon();
        lexicon.replace(terms(), synonymGroups());
        Path dir = Settings.dataDir().resolve("index");
        try {
            Files.createDirectories(dir);
            // No refresh thread of its own inside the container: the updater refreshes after each batch it applies.
            index = ItemIndex.open(dir, IndexConfig.defaults(new HanLPSegmenter(), lexicon).withRefreshMillis(0)
                    .withSearchExecutor(executor));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + dir, e);
        }
        LOG.info(() -> "Search index open at " + dir + ", last applied change " + index.lastAppliedSequence());
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
            groups.add(Arrays.stream(line.split("[,，]")).map(String::strip).filter(w -> !w.isEmpty()).toList());
        }
        return groups;
    }

    private static List<String> lines(String name) {
        InputStream in = SearchIndex.class.getResourceAsStream("/org/briefdesk/search/" + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
