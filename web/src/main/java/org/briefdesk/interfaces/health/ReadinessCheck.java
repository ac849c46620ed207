package org.briefdesk.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.briefdesk.application.search.IndexMaintenance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means users get complete answers: the database answers within two seconds and the search
 * index is neither being rebuilt nor more than {@link #MAX_LAG} changes behind the outbox (a load
 * balancer then sends people elsewhere, or an operator sees why searches miss recent items).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    /** About a minute of heavy submitting; a healthy updater stays within a few changes. */
    static final long MAX_LAG = 1_000;

    @Resource(lookup = "java:jboss/datasources/BriefdeskDS")
    DataSource dataSource;

    @Inject
    IndexMaintenance index;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("briefdesk");
        boolean databaseUp = databaseAnswers();
        answer.withData("database", databaseUp ? "UP" : "DOWN");
        boolean indexUp = false;
        if (databaseUp) {
            try {
                boolean rebuilding = index.rebuilding();
                long lag = Math.max(0, index.databaseSequence() - index.appliedSequence());
                answer.withData("indexRebuilding", rebuilding).withData("indexLag", lag);
                indexUp = !rebuilding && lag <= MAX_LAG;
            } catch (RuntimeException e) {
                answer.withData("index", "unknown: " + e.getClass().getSimpleName());
            }
        }
        return answer.status(databaseUp && indexUp).build();
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
