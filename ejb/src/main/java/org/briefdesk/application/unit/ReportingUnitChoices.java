package org.briefdesk.application.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.briefdesk.application.lexicon.UnitNamesChanged;

/**
 * The reporting units as the inbox's filter offers them, kept for the whole application: every
 * opening of the inbox asked for the same 60 units again. A unit created, renamed or reclassified
 * on this node drops the list once its transaction commits ({@link UnitNamesChanged}); a change made
 * on another node of a cluster is seen here within {@link #AT_MOST}.
 */
@ApplicationScoped
public class ReportingUnitChoices {

    static final Duration AT_MOST = Duration.ofMinutes(1);

    private record Snapshot(List<UnitChoice> units, long generation, long readAtNanos) {}

    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;

    /** The kept list, or a fresh one from {@code read} when it was dropped or is too old. */
    List<UnitChoice> get(Supplier<List<UnitChoice>> read) {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s != null && s.generation() == generation.get() && now - s.readAtNanos() < AT_MOST.toNanos()) {
            return s.units();
        }
        // A change committed while this read ran bumps the generation: the list read is then not kept.
        long before = generation.get();
        List<UnitChoice> units = List.copyOf(read.get());
        snapshot = new Snapshot(units, before, now);
        return units;
    }

    void unitsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitNamesChanged event) {
        generation.incrementAndGet();
    }
}
