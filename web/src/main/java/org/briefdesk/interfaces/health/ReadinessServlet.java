package org.briefdesk.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.briefdesk.application.search.IndexMaintenance;

/**
 * Readiness of Briefdesk itself, for load balancers and operators, in MicroProfile Health's format
 * (200 UP / 503 DOWN): the database answers within two seconds and the search index is neither
 * being rebuilt nor more than {@link #MAX_LAG} changes behind the outbox. It is served by the
 * application because WildFly's MicroProfile Health does not find checks inside an EAR's modules;
 * the management port's /health/ready still reports the server and the deployment. No login: it
 * tells nothing but these states.
 */
@WebServlet("/health/ready")
public class ReadinessServlet extends HttpServlet {

    /** About a minute of heavy submitting; a healthy updater stays within a few changes. */
    static final long MAX_LAG = 1_000;

    @Resource(lookup = "java:jboss/datasources/BriefdeskDS")
    DataSource dataSource;

    @Inject
    IndexMaintenance index;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObjectBuilder data = Json.createObjectBuilder();
        boolean databaseUp = databaseAnswers();
        data.add("database", databaseUp ? "UP" : "DOWN");
        boolean indexUp = false;
        if (databaseUp) {
            try {
                boolean rebuilding = index.rebuilding();
                long lag = Math.max(0, index.databaseSequence() - index.appliedSequence());
                data.add("indexRebuilding", rebuilding).add("indexLag", lag);
                indexUp = !rebuilding && lag <= MAX_LAG;
            } catch (RuntimeException e) {
                data.add("index", "unknown: " + e.getClass().getSimpleName());
            }
        }
        String status = databaseUp && indexUp ? "UP" : "DOWN";
        response.setStatus(status.equals("UP") ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("status", status)
                        .add(
                                "checks",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("name", "briefdesk")
                                                .add("status", status)
                                                .add("data", data)))
                        .build()
                        .toString());
    }

    private boolean databaseAnswers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
