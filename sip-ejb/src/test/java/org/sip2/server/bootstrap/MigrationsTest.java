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
        JdbcDataSource h2 = migrated("migrations", "latest");
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
        JdbcDataSource h2 = migrated("journal", "14");
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

    /**
     * Found by the benchmark: on a young database H2 found a patron's open loans through the foreign
     * key's index on patron_id alone and read the patron's whole loan history (V17).
     */
    @Test
    void aPatronsOpenLoansAreFoundWithoutTheirHistory() throws SQLException {
        JdbcDataSource h2 = migrated("openloans", "latest");
        try (Connection connection = h2.getConnection()) {
            Statement sql = connection.createStatement();
            sql.executeUpdate("insert into institution (id, name) values ('T', 'Test')");
            sql.executeUpdate("insert into patron (id, barcode, name, institution_id) values (1, 'p1', 'P', 'T')");
            sql.executeUpdate("insert into item (id, barcode, title, institution_id, owning_location, current_location)"
                    + " select x, 'i' || x, 'T', 'T', 'T', 'T' from system_range(1, 2)");
            sql.executeUpdate("insert into loan (item_id, patron_id, checked_out_at, due_at, open_item_id)"
                    + " values (1, 1, current_timestamp, current_timestamp, 1), (2, 1, current_timestamp,"
                    + " current_timestamp, 2)");
            sql.executeUpdate("update loan set returned_at = current_timestamp, open_item_id = null where item_id = 2");
            ResultSet open = sql.executeQuery("select item_id, open_patron_id from loan order by item_id");
            assertTrue(open.next());
            assertEquals("1 1", open.getLong(1) + " " + open.getLong(2), "open: the patron's id");
            assertTrue(open.next());
            assertEquals(0, open.getLong(2));
            assertTrue(open.wasNull(), "returned: none");
            try (var explain = connection.prepareStatement(
                    "explain select l.id from loan l join item i on i.id = l.item_id where l.open_patron_id = ?")) {
                explain.setLong(1, 1);
                ResultSet plan = explain.executeQuery();
                assertTrue(plan.next());
                assertTrue(plan.getString(1).contains("LOAN_OPEN_BY_PATRON"), plan.getString(1));
            }
        }
    }

    /** A new in-memory database of this name, migrated up to the target version. */
    private static JdbcDataSource migrated(String name, String target) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        migrate(h2, target);
        return h2;
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
