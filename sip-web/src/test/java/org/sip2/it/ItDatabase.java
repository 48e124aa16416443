package org.sip2.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;

/**
 * The database of a server an IT starts by itself: an H2 file in its folder on the H2 run, a
 * database of its own on the test PostgreSQL server on the PostgreSQL run (system property
 * {@code it.postgres}, the server's URL without a database name).
 */
record ItDatabase(Path folder, String name) {

    private static final String POSTGRES = System.getProperty("it.postgres");

    static boolean onPostgres() {
        return POSTGRES != null;
    }

    /** Empties it: a new H2 folder, or a new PostgreSQL database. */
    void reset() throws IOException, SQLException {
        if (onPostgres()) {
            try (Connection admin = DriverManager.getConnection(POSTGRES + "sip", "sip", "");
                    Statement sql = admin.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                sql.execute("CREATE DATABASE " + name);
            }
        } else if (Files.exists(folder)) {
            try (var old = Files.walk(folder)) {
                old.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    /** The server's JVM options that put it on this database. */
    List<String> serverOptions() {
        return onPostgres()
                ? List.of("-Dsip.db.url=" + POSTGRES + name, "-Dsip.db.user=sip")
                : List.of("-Dsip.db.path=" + folder.resolve("sipdb"));
    }

    Connection connect() throws SQLException {
        return onPostgres()
                ? DriverManager.getConnection(POSTGRES + name, "sip", "")
                : DriverManager.getConnection("jdbc:h2:" + folder.resolve("sipdb"), "sa", "");
    }

    /** A table's name as the database's metadata spells it. */
    String table(String name) {
        return onPostgres() ? name.toLowerCase() : name.toUpperCase();
    }
}
