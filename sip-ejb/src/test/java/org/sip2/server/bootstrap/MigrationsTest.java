package org.sip2.server.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        Flyway.configure(DatabaseSetup.class.getClassLoader())
                .dataSource(h2)
                .locations(DatabaseSetup.MIGRATIONS, DatabaseSetup.vendorMigrations("H2"))
                .load()
                .migrate();
        try (Connection connection = h2.getConnection();
                ResultSet cache = connection
                        .createStatement()
                        .executeQuery("select identity_cache from information_schema.columns"
                                + " where table_name = 'SIP_TRANSACTION' and column_name = 'ID'")) {
            cache.next();
            assertEquals(1_000_000, cache.getLong(1), "V16 (db/vendor/h2) ran");
        }
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
