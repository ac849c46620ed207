package org.briefdesk.infrastructure.persistence;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes many rows with one JDBC batch on the caller's transaction. The JTA datasource hands out the
 * connection the entity manager uses in the same transaction, so the rows commit or roll back with
 * the JPA work and see what it flushed. An import writes its keys and outbox rows this way: as one
 * native JPA statement per row, each cost a query plan and a bulk-cleanup action, a good part of the
 * import chunk's time in the profile.
 */
public final class JdbcBatch {

    /** Sets one row's parameters on the statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private JdbcBatch() {}

    public static <T> void insert(DataSource dataSource, String sql, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(s, row);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }
}
