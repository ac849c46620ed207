package org.briefdesk.interfaces.web;

import jakarta.resource.ResourceException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;

/**
 * While the database is unreachable (stopped, restarting, network gone) people get a clear Chinese
 * "try again shortly" (503) instead of an error page with a stack trace, and the server recovers by
 * itself once the database is back: the pool opens new connections, nothing needs a restart.
 * {@link #causedBy} is also how the REST API recognises the outage for its 503 problem.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class DatabaseOutage implements Filter {

    public static final String MESSAGE = "数据库暂时无法连接，请稍后再试；已填写的内容请先自行保存";

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!causedBy(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning("Database unreachable: " + rootMessage(e));
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, MESSAGE);
        }
    }

    /** True when {@code e} comes from a database connection that failed or could not be had. */
    public static boolean causedBy(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLTransientConnectionException
                    || c instanceof SQLNonTransientConnectionException
                    || c instanceof ConnectException
                    || c instanceof ResourceException
                    || c.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (c instanceof SQLException s
                    && s.getSQLState() != null
                    // 08: connection exception; 57P0x: PostgreSQL shutting down or not yet accepting.
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }
}
