package org.sip2.server.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.sip2.connector.api.SipConnections;

/**
 * Alive: the selector loop of every running SIP2 listener still goes round (it does at least once a
 * second). A loop stuck for longer than {@link #STUCK} no longer accepts or reads: restart the server.
 */
@Liveness
@ApplicationScoped
public class SipLiveness implements HealthCheck {

    static final Duration STUCK = Duration.ofSeconds(30);

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("sip2");
        boolean alive = true;
        Instant now = Instant.now();
        for (SipConnections.Listener listener : SipConnections.listeners()) {
            long silent = Duration.between(listener.lastLoop(), now).toSeconds();
            response.withData("listener " + listener.name(), silent + " s since its loop last ran");
            alive &= silent < STUCK.toSeconds();
        }
        return response.status(alive).build();
    }
}
