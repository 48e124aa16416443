package org.sip2.server.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.sip2.connector.api.SipListeners;
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

    private static final String TERMINALS_CONNECTED = "sip.terminals.connected";
    private static final String LISTENER_BOUND = "sip.listener.bound";

    /** Listeners whose gauges are registered. */
    private final Set<String> gauged = new HashSet<>();
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
    }

    /**
     * The listeners are now these (the enabled ones, as told to the connector): each gets its gauges, and a removed
     * one's series go, so that no alert waits on a listener that no longer exists.
     */
    public synchronized void listenersConfigured(List<String> names) {
        for (String gone : gauged.stream().filter(name -> !names.contains(name)).toList()) {
            Tag tag = new Tag("listener", gone);
            registry.remove(new MetricID(TERMINALS_CONNECTED, tag));
            registry.remove(new MetricID(LISTENER_BOUND, tag));
            gauged.remove(gone);
        }
        for (String listener : names) {
            if (gauged.add(listener)) {
                Tag tag = new Tag("listener", listener);
                registry.gauge(Metadata.builder().withName(TERMINALS_CONNECTED)
                        .withDescription("Logged-in terminal connections of a SIP2 listener").build(),
                        listener, SipMetrics::terminalsConnected, tag);
                registry.gauge(Metadata.builder().withName(LISTENER_BOUND)
                        .withDescription("1 while a SIP2 listener holds its port and accepts connections, else 0")
                        .build(), listener, SipMetrics::bound, tag);
            }
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
        return SipListeners.states().stream().anyMatch(state -> state.name().equals(listener) && state.bound()) ? 1 : 0;
    }
}
