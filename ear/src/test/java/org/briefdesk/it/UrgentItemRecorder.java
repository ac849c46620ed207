package org.briefdesk.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefdesk.application.item.UrgentItemSubmitted;

/** Test-only observer: remembers the urgent-item events that reached observers after commit. */
@ApplicationScoped
public class UrgentItemRecorder {

    private final List<UrgentItemSubmitted> seen = new CopyOnWriteArrayList<>();

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) UrgentItemSubmitted event) {
        seen.add(event);
    }

    public List<UrgentItemSubmitted> seen() {
        return List.copyOf(seen);
    }
}
