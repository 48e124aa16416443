package org.sip2.server.bootstrap;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.service.spi.Configurable;

/**
 * Gives Hibernate its connections from the JDBC resource that {@code sip.db.jndi} names, so that the
 * name can come from configuration: a persistence unit's {@code jta-data-source} is fixed when the
 * archive is built. Without that setting it keeps the unit's own data source, the built-in one
 * ({@link BuiltInDataSource}: H2 or {@code sip.db.url}).
 * Either is the container's pool, which enlists each connection in the JTA transaction.
 */
public class SipConnectionProvider implements ConnectionProvider, Configurable {

    private static final long serialVersionUID = 1L;

    /** Where Hibernate hands over the persistence unit's data source (an object or a JNDI name). */
    private static final List<String> UNIT_DATA_SOURCE = List.of(
            "hibernate.connection.datasource", "jakarta.persistence.jtaDataSource", "javax.persistence.jtaDataSource");

    private transient DataSource dataSource;

    @Override
    public void configure(Map<String, Object> settings) {
        if (DataSourceLookup.isConfigured()) {
            dataSource = DataSourceLookup.lookup();
            return;
        }
        // The unit's data source as the container resolved it: java:app names cannot be looked up
        // while the container prepares the persistence unit.
        Object unit = UNIT_DATA_SOURCE.stream()
                .map(settings::get)
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The persistence unit has no data source"));
        dataSource = unit instanceof DataSource given ? given : DataSourceLookup.lookup(unit.toString());
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        connection.close();
    }

    /** The container's pool hands the same connection back within a transaction. */
    @Override
    public boolean supportsAggressiveRelease() {
        return true;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this) || type.isInstance(dataSource);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        if (type.isInstance(dataSource)) {
            return type.cast(dataSource);
        }
        throw new IllegalArgumentException("Cannot unwrap " + getClass().getName() + " as " + type.getName());
    }
}
