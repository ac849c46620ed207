package org.briefdesk.infrastructure.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned SQL of db/migration with Flyway: the only thing that changes the
 * application's schema. The batch runtime's job repository (configure.cli) keeps its own four tables
 * in the same schema and creates them when the server boots, before the first migration of an empty
 * database runs; a schema holding nothing else counts as empty (a baseline at version 0, so every
 * migration applies), while one holding anything else still stops Flyway.
 */
public final class SchemaMigrator {

    /** JBeret's JDBC job repository, as its DDL for H2 and PostgreSQL names the tables. */
    static final Set<String> BATCH_REPOSITORY_TABLES =
            Set.of("job_instance", "job_execution", "step_execution", "partition_execution");

    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE");

    private SchemaMigrator() {}

    public static MigrateResult migrate(DataSource dataSource) {
        FluentConfiguration flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true);
        if (onlyBatchRepository(dataSource)) {
            flyway.baselineOnMigrate(true).baselineVersion("0").baselineDescription("job repository only");
        }
        return flyway.load().migrate();
    }

    /** Whether the current schema has tables and all of them are the batch job repository's. */
    private static boolean onlyBatchRepository(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
                ResultSet tables = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", null)) {
            boolean any = false;
            while (tables.next()) {
                // H2 says BASE TABLE, PostgreSQL TABLE; its sequences and indexes come as other types.
                if (!TABLE_TYPES.contains(tables.getString("TABLE_TYPE"))) {
                    continue;
                }
                if (!BATCH_REPOSITORY_TABLES.contains(
                        tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT))) {
                    return false;
                }
                any = true;
            }
            return any;
        } catch (SQLException e) {
            throw new FlywayException("cannot list the tables of the schema", e);
        }
    }
}
