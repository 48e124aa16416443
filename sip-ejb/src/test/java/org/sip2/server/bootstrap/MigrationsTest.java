package org.sip2.server.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The schema's migrations, the common ones and each database's own, as {@link DatabaseSetup} runs them. */
class MigrationsTest {

    private static final Path VENDOR = Path.of("src/main/resources/db/vendor");

    @Test
    void eachDatabaseHasItsOwnFolder() {
        assertEquals("classpath:db/vendor/h2", DatabaseSetup.vendorMigrations("H2"));
        assertEquals("classpath:db/vendor/postgresql", DatabaseSetup.vendorMigrations("PostgreSQL"));
        assertThrows(IllegalStateException.class, () -> DatabaseSetup.vendorMigrations("MySQL"));
    }

    @Test
    void aVendorMigrationExistsForEveryDatabaseUnderTheSameName() throws IOException {
        assertEquals(migrations(VENDOR.resolve("h2")), migrations(VENDOR.resolve("postgresql")));
    }

    /** Found by the benchmark: Flyway has no placeholder for the database, and the H2 migrations never ran. */
    @Test
    void theH2MigrationsRunOnH2() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1");
        migrate(h2, "latest");
        try (Connection connection = h2.getConnection();
                ResultSet cache = connection
                        .createStatement()
                        .executeQuery("select table_name, identity_cache from information_schema.columns"
                                + " where table_name in ('SIP_TRANSACTION', 'LOAN') and column_name = 'ID'"
                                + " order by table_name")) {
            for (String table : List.of("LOAN", "SIP_TRANSACTION")) {
                assertTrue(cache.next());
                assertEquals(table, cache.getString(1));
                assertEquals(1_000_000, cache.getLong(2), "V16 (db/vendor/h2) ran");
            }
        }
    }

    /** V15 keeps the latest entry of each account, as the release before it left them, and allows no second one. */
    @Test
    void theJournalKeepsEachAccountsLatestEntry() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:journal;DB_CLOSE_DELAY=-1");
        migrate(h2, "14");
        try (Connection connection = h2.getConnection()) {
            Statement sql = connection.createStatement();
            for (String entry : List.of("'term1', 'a'", "'term1', 'b'", "'term2', 'c'")) {
                sql.executeUpdate(
                        "insert into sip_journal (terminal, request_digest, message_type, response, created_at)"
                                + " values (" + entry + ", '11', '120', current_timestamp)");
            }
            migrate(h2, "latest");
            ResultSet kept =
                    sql.executeQuery("select terminal, trim(request_digest) from sip_journal order by terminal");
            assertTrue(kept.next());
            assertEquals("term1 b", kept.getString(1) + " " + kept.getString(2));
            assertTrue(kept.next());
            assertEquals("term2 c", kept.getString(1) + " " + kept.getString(2));
            assertFalse(kept.next());
            assertThrows(
                    SQLException.class,
                    () -> sql.executeUpdate("insert into sip_journal (terminal, request_digest, message_type, response,"
                            + " created_at) values ('term2', 'd', '11', '120', current_timestamp)"));
        }
    }

    private static void migrate(JdbcDataSource h2, String target) {
        Flyway.configure(DatabaseSetup.class.getClassLoader())
                .dataSource(h2)
                .locations(DatabaseSetup.MIGRATIONS, DatabaseSetup.vendorMigrations("H2"))
                .target(target)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    private static List<String> migrations(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".sql"))
                    .sorted()
                    .toList();
        }
    }
}
