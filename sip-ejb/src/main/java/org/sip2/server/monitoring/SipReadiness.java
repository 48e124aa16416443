package org.sip2.server.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.sip2.connector.api.SipSessions;

/**
 * Ready to serve terminals: the database answers, and every enabled SIP2 listener is bound (a
 * listener that is stopping is not). A load balancer or Kubernetes sends terminals elsewhere when not.
 */
@Readiness
@ApplicationScoped
public class SipReadiness implements HealthCheck {

    /** A database that does not answer a validity check within this is not ready. */
    private static final int DATABASE_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/sip")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("sip2");
        boolean ready = databaseAnswers();
        response.withData("database", ready ? "reachable" : "unreachable");
        for (String listener : EnabledListeners.names()) {
            boolean bound = SipSessions.listener(listener).filter(SipSessions.Listener::bound).isPresent();
            response.withData("listener " + listener, bound ? "bound" : "not bound");
            ready &= bound;
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
