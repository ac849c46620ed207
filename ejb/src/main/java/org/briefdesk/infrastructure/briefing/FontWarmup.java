package org.briefdesk.infrastructure.briefing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.briefdesk.infrastructure.export.BriefingFonts;
import org.briefdesk.infrastructure.export.FontsUnavailable;

/**
 * Loads the PDF fonts in the background after deployment (several seconds for CJK faces), so the
 * first editor to download or publish does not wait for it; a missing font is reported in the log at
 * once rather than at the first export.
 */
@ApplicationScoped
public class FontWarmup {

    private static final Logger LOG = Logger.getLogger(FontWarmup.class.getName());

    @Resource
    ManagedExecutorService executor;

    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        executor.submit(() -> {
            try {
                LOG.info(() -> "PDF fonts: " + BriefingFonts.configured().faces());
            } catch (FontsUnavailable e) {
                LOG.warning(e.getMessage());
            }
        });
    }
}
