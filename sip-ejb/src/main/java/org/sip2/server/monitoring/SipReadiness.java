package org.sip2.server.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.sip2.connector.api.ListenerState;
import org.sip2.connector.api.SipListeners;
import org.sip2.server.bootstrap.DataSourceLookup;

/**
 * Ready to serve terminals: the database ({@code sip.db.jndi}, else the embedded one) answers, and every enabled
 * SIP2 listener of the console's Listeners page is bound (one that is stopping, or could not bind, is not). A load
 * balancer or Kubernetes sends terminals elsewhere when not.
 */
@Readiness
@ApplicationScoped
public class SipReadiness implements HealthCheck {

    /** A database that does not answer a validity check within this is not ready. */
    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    private DataSource dataSource;

    @PostConstruct
    void lookUpDatabase() {
        dataSource = DataSourceLookup.lookup();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("sip2");
        boolean ready = databaseAnswers();
        response.withData("database", ready ? "reachable" : "unreachable");
        List<ListenerState> listeners = SipListeners.states();
        if (listeners.isEmpty()) {
            response.withData("listeners", "not started");
            ready = false;
        }
        for (ListenerState listener : listeners) {
            response.withData(
                    "listener " + listener.name(),
                    listener.bound()
                            ? "bound"
                            : listener.error() == null ? "not bound" : "not bound: " + listener.error());
            ready &= listener.bound();
        }
        return response.status(ready).build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(DATABASE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
