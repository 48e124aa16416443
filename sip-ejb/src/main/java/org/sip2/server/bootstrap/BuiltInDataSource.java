package org.sip2.server.bootstrap;

import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The class of the built-in data source (used unless {@code sip.db.jndi} names a domain's JDBC
 * resource, see {@link DataSourceLookup}): lets one setting, {@code sip.db.url}, choose the database.
 * The pool sets its URL to {@code <sip.db.url>|<sip.db.path>}; it connects through H2's or
 * PostgreSQL's driver to {@code sip.db.url}, or, when that is empty, to the embedded H2 file at
 * {@code sip.db.path}. An H2 database always gets the settings the server relies on (each commit on
 * disk before it returns, a lock timeout, a statement cache) unless its URL sets them; a PostgreSQL
 * database gets the same lock timeout unless its URL sets one.
 */
// A DataSource, not a java.sql.Driver: Payara loads a pool's Driver class from its own class
// loader, which does not see the application's jars, and a DataSource class from the application's.
public final class BuiltInDataSource implements DataSource {

    private static final String H2 = "jdbc:h2:";
    private static final String POSTGRESQL = "jdbc:postgresql:";
    /** The value of the {@code options} parameter of a PostgreSQL URL, up to the next parameter. */
    private static final Pattern OPTIONS_PARAMETER = Pattern.compile("[?&]options=[^&]*");

    /**
     * How long a statement waits for a row lock, in milliseconds: then it fails, and the request is
     * refused with "try again" instead of hanging (docs/operations.md, "PostgreSQL").
     */
    private static final String LOCK_TIMEOUT_MILLIS = "10000";

    /** PostgreSQL's session setting, given at connect with the driver's {@code options} parameter. */
    private static final String PG_LOCK_TIMEOUT = "-c lock_timeout=" + LOCK_TIMEOUT_MILLIS;

    // WRITE_DELAY=0: an acknowledged transaction survives a kill -9 (docs/security.md, "Durable
    // acknowledgements"). QUERY_CACHE_SIZE: H2's default of 8 parsed statements per connection is
    // fewer than one checkout uses. DB_CLOSE_ON_EXIT=FALSE: H2's own JVM shutdown hook would close
    // the database at SIGTERM under the requests still being answered (a commit then returned
    // without being stored: ShutdownIT); the pool closes it when the application has stopped.
    private static final Map<String, String> H2_SETTINGS = Map.of(
            "LOCK_TIMEOUT",
            LOCK_TIMEOUT_MILLIS,
            "WRITE_DELAY",
            "0",
            "QUERY_CACHE_SIZE",
            "256",
            "DB_CLOSE_ON_EXIT",
            "FALSE");

    private static final List<Driver> DATABASES = List.of(new org.h2.Driver(), new org.postgresql.Driver());

    private String url = "";
    private String user;
    private String password;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        String target = target(url);
        Properties info = new Properties();
        if (username != null) {
            info.setProperty("user", username);
        }
        if (secret != null) {
            info.setProperty("password", secret);
        }
        for (Driver database : DATABASES) {
            if (database.acceptsURL(target)) {
                return database.connect(target, info);
            }
        }
        throw new SQLException(
                "sip.db.url names no database this server supports (H2, PostgreSQL): "
                        + target.substring(0, Math.max(0, target.indexOf(':', 5) + 1)),
                "08001");
    }

    /** The database URL behind the pool's {@code <sip.db.url>|<sip.db.path>}. */
    static String target(String configured) {
        int bar = configured.lastIndexOf('|');
        String databaseUrl =
                bar < 0 ? configured.strip() : configured.substring(0, bar).strip();
        if (databaseUrl.isEmpty()) {
            databaseUrl = H2 + configured.substring(bar + 1).strip();
        }
        if (databaseUrl.startsWith(H2)) {
            return withH2Settings(databaseUrl);
        }
        return databaseUrl.startsWith(POSTGRESQL) ? withPostgresqlLockTimeout(databaseUrl) : databaseUrl;
    }

    /**
     * Adds {@code -c lock_timeout=10000} to the URL's {@code options} parameter (the driver decodes
     * its value as a URL's), or the parameter itself; a URL that names {@code lock_timeout} keeps its own.
     */
    private static String withPostgresqlLockTimeout(String url) {
        if (url.toLowerCase(Locale.ROOT).contains("lock_timeout")) {
            return url;
        }
        String encoded =
                URLEncoder.encode(PG_LOCK_TIMEOUT, StandardCharsets.UTF_8).replace("+", "%20");
        Matcher options = OPTIONS_PARAMETER.matcher(url);
        if (options.find()) {
            return url.substring(0, options.end()) + "%20" + encoded + url.substring(options.end());
        }
        return url + (url.contains("?") ? '&' : '?') + "options=" + encoded;
    }

    private static String withH2Settings(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        StringBuilder withSettings = new StringBuilder(url);
        H2_SETTINGS.forEach((name, value) -> {
            if (!upper.contains(";" + name + "=")) {
                withSettings.append(';').append(name).append('=').append(value);
            }
        });
        return withSettings.toString();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the drivers log through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
