package org.briefdesk.infrastructure.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations run unchanged on H2 (the default) and PostgreSQL (production). The PostgreSQL half
 * runs where BRIEFDESK_TEST_PG_URL names a database it may empty (bin/test sets it up).
 */
class SchemaMigratorTest {

    @Test
    void migratesAnEmptyH2DatabaseAndIsIdempotent() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        checkMigrations(h2);
    }

    @Test
    void migratesAnEmptyPostgresqlDatabaseAndIsIdempotent() throws SQLException {
        String url = System.getenv("BRIEFDESK_TEST_PG_URL");
        assumeTrue(url != null && !url.isBlank(), "BRIEFDESK_TEST_PG_URL not set");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        pg.setUser(System.getenv().getOrDefault("BRIEFDESK_TEST_PG_USER", "briefdesk"));
        pg.setPassword(System.getenv().getOrDefault("BRIEFDESK_TEST_PG_PASSWORD", "briefdesk"));
        try (Connection c = pg.getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop schema if exists public cascade");
            s.execute("create schema public");
        }
        checkMigrations(pg);
    }

    private static void checkMigrations(DataSource ds) throws SQLException {
        assertEquals(true, SchemaMigrator.migrate(ds).success);
        assertEquals(0, SchemaMigrator.migrate(ds).migrationsExecuted, "second run applies nothing");
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            assertEquals(6, count(s, "select count(*) from briefing_column"));
            assertEquals("工作动态", single(s, "select name from briefing_column where position = 1"));
            s.execute("insert into unit (id, version, name, short_name, kind, key_unit, active)"
                    + " values (1, 0, '海淀街道', '海淀街道', 'STREET_TOWN', true, true)");
            assertThrows(
                    SQLException.class,
                    () -> s.execute("insert into unit (id, version, name, short_name, kind,"
                            + " key_unit, active) values (2, 0, '海淀街道', '海淀', 'STREET_TOWN', true, true)"),
                    "unique name");
            assertThrows(
                    SQLException.class,
                    () -> s.execute(
                            "insert into account (id, version, login, display_name,"
                                    + " password_hash, role, unit_id, active) values (1, 0, 'x', 'x', 'h', 'OFFICER', null, true)"),
                    "an officer row needs a unit");
            assertThrows(
                    SQLException.class,
                    () -> s.execute("insert into unit (id, version, name, short_name, kind,"
                            + " key_unit, active) values (3, 0, '某单位', '某', 'UNKNOWN', true, true)"),
                    "unknown kind");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
