package org.sip2.server.bootstrap;

import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database the server works on: the application server's own JDBC resource when
 * {@code sip.db.jndi} names one (a GlassFish or Payara domain's pool), else the built-in data
 * source that {@link DatabaseSetup} defines ({@link BuiltInDataSource}: the H2 file or the database of
 * {@code sip.db.url}). Flyway and Hibernate both take it from here.
 */
public final class DataSourceLookup {

    /** The built-in data source (DatabaseSetup's {@code @DataSourceDefinition}). */
    public static final String BUILT_IN = "java:app/jdbc/sip";

    private DataSourceLookup() {}

    /** The JNDI name in use: {@code sip.db.jndi}, or the built-in data source when it is not set. */
    public static String jndiName() {
        return configured().map(String::strip).filter(name -> !name.isEmpty()).orElse(BUILT_IN);
    }

    // GlassFish builds the persistence unit before the application's MicroProfile Config is
    // ready ("No ConfigProviderResolver implementation found"): then read its default sources.
    private static Optional<String> configured() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("sip.db.jndi", String.class);
        } catch (IllegalStateException configNotReady) {
            return Optional.ofNullable(System.getProperty("sip.db.jndi", System.getenv("SIP_DB_JNDI")));
        }
    }

    /** Whether {@code sip.db.jndi} names the server's own JDBC resource. */
    public static boolean isConfigured() {
        return !BUILT_IN.equals(jndiName());
    }

    public static DataSource lookup() {
        return lookup(jndiName());
    }

    static DataSource lookup(String name) {
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException(
                    "No JDBC data source under the JNDI name " + name
                            + " (sip.db.jndi): create the JDBC resource first (docs/deployment.md)",
                    e);
        }
    }
}
