package org.sip2.server.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class BuiltInDataSourceTest {

    @Test
    void withoutUrlOpensTheH2FileAtThePathWithTheServersSettings() {
        assertEquals(
                "jdbc:h2:./data/sipdb;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256;WRITE_DELAY=0",
                sorted(BuiltInDataSource.target("|./data/sipdb")));
    }

    @Test
    void postgresqlUrlGetsTheLockTimeout() {
        assertEquals(
                "jdbc:postgresql://db.example:5432/sip?sslmode=require&options=-c%20lock_timeout%3D10000",
                BuiltInDataSource.target("jdbc:postgresql://db.example:5432/sip?sslmode=require|./data/sipdb"));
        assertEquals(
                "jdbc:postgresql://db.example/sip?options=-c%20lock_timeout%3D10000",
                BuiltInDataSource.target("jdbc:postgresql://db.example/sip|./data/sipdb"));
    }

    @Test
    void postgresqlOptionsOfTheUrlAreKeptAndExtended() {
        assertEquals(
                "jdbc:postgresql://db/sip?options=-c%20search_path%3Dsip%20-c%20lock_timeout%3D10000&sslmode=require",
                BuiltInDataSource.target("jdbc:postgresql://db/sip?options=-c%20search_path%3Dsip&sslmode=require|p"));
    }

    @Test
    void postgresqlUrlKeepsItsOwnLockTimeout() {
        String url = "jdbc:postgresql://db/sip?options=-c%20lock_timeout%3D2000";
        assertEquals(url, BuiltInDataSource.target(url + "|./data/sipdb"));
    }

    @Test
    void thePostgresqlDriverReadsTheOptionAsTheSessionSetting() throws SQLException {
        java.util.Properties parsed = org.postgresql.Driver.parseURL(
                BuiltInDataSource.target("jdbc:postgresql://db/sip?options=-c%20search_path%3Dsip|p"), null);
        assertEquals("-c search_path=sip -c lock_timeout=10000", parsed.getProperty("options"));
    }

    @Test
    void h2UrlKeepsTheSettingsItSets() {
        String target = BuiltInDataSource.target("jdbc:h2:/srv/sip/db;WRITE_DELAY=0;LOCK_TIMEOUT=500|./data/sipdb");
        assertTrue(target.startsWith("jdbc:h2:/srv/sip/db;WRITE_DELAY=0;LOCK_TIMEOUT=500;"), target);
        assertFalse(target.contains("LOCK_TIMEOUT=10000"), target);
    }

    @Test
    void connectsToH2WithCommitsOnDisk() throws SQLException {
        BuiltInDataSource dataSource = new BuiltInDataSource();
        dataSource.setUrl("jdbc:h2:mem:driver-test|unused");
        try (Connection db = dataSource.getConnection();
                ResultSet write = db.createStatement()
                        .executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = "
                                + "'WRITE_DELAY'")) {
            assertTrue(write.next());
            assertEquals("0", write.getString(1));
        }
    }

    @Test
    void refusesOtherDatabases() {
        BuiltInDataSource dataSource = new BuiltInDataSource();
        dataSource.setUrl("jdbc:mysql://x/y|p");
        assertThrows(SQLException.class, dataSource::getConnection);
    }

    private static String sorted(String url) {
        String[] parts = url.split(";");
        java.util.Arrays.sort(parts, 1, parts.length);
        return String.join(";", parts);
    }
}
