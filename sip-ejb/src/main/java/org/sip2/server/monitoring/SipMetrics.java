package org.sip2.server.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.sip2.connector.api.SipSessions;

/**
 * The server's own metrics in the application registry, registered at start so that every series
 * exists (at zero) before its first event: Prometheus alerts then see a zero, not nothing.
 * Bean-managed concurrency: the counters are thread-safe, the container adds no lock.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SipMetrics {

    @Inject
    MetricRegistry registry;

    private RequestMeter requests;
    private Counter journalReplays;
    private Counter pinLockouts;

    @PostConstruct
    void register() {
        Counter refusedLogins = registry.counter(Metadata.builder().withName("sip.logins.refused")
                .withDescription("Terminal logins (93) refused: wrong or unknown account, disabled, "
                        + "address not allowed, or backing off").build());
        requests = new RequestMeter(registry, refusedLogins);
        journalReplays = registry.counter(Metadata.builder().withName("sip.journal.replays")
                .withDescription("Retransmitted state-changing requests answered from the journal instead of "
                        + "being carried out again").build());
        pinLockouts = registry.counter(Metadata.builder().withName("sip.pin.lockouts")
                .withDescription("Patron cards locked for SIP after too many wrong PINs").build());
        for (String listener : EnabledListeners.names()) {
            Tag name = new Tag("listener", listener);
            registry.gauge(Metadata.builder().withName("sip.terminals.connected")
                    .withDescription("Logged-in terminal connections of a SIP2 listener").build(),
                    listener, SipMetrics::terminalsConnected, name);
            registry.gauge(Metadata.builder().withName("sip.listener.bound")
                    .withDescription("1 while a SIP2 listener holds its port and accepts connections, else 0").build(),
                    listener, SipMetrics::bound, name);
        }
    }

    /** The meter the connector's observer counts every exchange into. */
    public RequestMeter requests() {
        return requests;
    }

    public void journalReplayed() {
        journalReplays.inc();
    }

    public void pinLocked() {
        pinLockouts.inc();
    }

    /** Requests answered since the start, by message type. */
    public Map<String, Long> totalsByType() {
        return requests.totalsByType();
    }

    /** Each message type's recent p99 latency in milliseconds. */
    public Map<String, Double> p99MillisByType() {
        return requests.p99MillisByType();
    }

    private static long terminalsConnected(String listener) {
        return SipSessions.listener(listener)
                .map(running -> running.sessions().stream().filter(session -> session.terminal() != null).count())
                .orElse(0L);
    }

    private static int bound(String listener) {
        return SipSessions.listener(listener).filter(SipSessions.Listener::bound).isPresent() ? 1 : 0;
    }
}
