package org.briefdesk.interfaces.web.editor;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Map;
import org.briefdesk.application.item.UrgentItemSubmitted;

/**
 * Pushes an urgent item (第一时间报送) to every open editor page as soon as its submission commits.
 * Only editors' pages open the "urgent" channel (see WEB-INF/includes/urgent-alert.xhtml), and the
 * push endpoint itself requires the EDITOR role (web.xml).
 */
@ApplicationScoped
public class UrgentAlerts {

    @Inject
    @Push(channel = "urgent")
    Instance<PushContext> urgent;

    @Resource
    ManagedExecutorService executor;

    void onUrgentItem(@Observes(during = TransactionPhase.AFTER_SUCCESS) UrgentItemSubmitted event) {
        // Faces encodes the map as JSON; the page puts the title in as text, never as markup.
        Map<String, Object> alert =
                Map.of("itemId", event.itemId(), "title", event.title(), "unit", event.unitShortName());
        // Sent from a fresh thread: Mojarra's push context would otherwise bind itself to the submitting
        // officer's session and view, and fails outright when the submission came from outside Faces.
        executor.execute(() -> {
            Instance.Handle<PushContext> push = urgent.getHandle();
            try {
                push.get().send(alert);
            } finally {
                push.destroy();
            }
        });
    }
}
