package org.sip2.server.monitoring;

import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.sip2.protocol.MessageDefinition;
import org.sip2.protocol.MessageTable;

/**
 * The server's metrics in MicroProfile Metrics' application registry, registered at start so that every series
 * exists (at zero) before its first event: Prometheus alerts then see a zero, not nothing. Counts requests by message
 * type and outcome and times them by type ({@code sip_requests_total}, {@code sip_request_duration_seconds}); called
 * on every request's worker thread, the metric objects of a type are looked up once, then only counted into
 * (lock-free map reads). Loaded only where the server has MicroProfile Metrics (see {@link SipMetrics}).
 */
final class MicroProfileMeters implements Meters {

    /** A request id that SIP2 does not define is counted as this type, so that garbage cannot add series. */
    static final String OTHER = "other";

    private static final Set<String> REQUEST_TYPES = MessageTable.all().stream()
            .filter(MessageDefinition::isRequest)
            .map(MessageDefinition::id)
            .collect(Collectors.toUnmodifiableSet());
    private static final Metadata REQUESTS = Metadata.builder()
            .withName("sip.requests")
            .withDescription(
                    "SIP2 requests answered, by message type (request id) and outcome " + "(ok, refused, 96, error)")
            .build();
    private static final Metadata DURATION = Metadata.builder()
            .withName("sip.request.duration")
            .withDescription("Time from a SIP2 request's arrival at a worker to its reply, commit included, "
                    + "by message type")
            .withUnit(MetricUnits.NANOSECONDS)
            .build(); // timers count in nanoseconds; /metrics shows seconds

    private static final String TERMINALS_CONNECTED = "sip.terminals.connected";
    private static final String LISTENER_BOUND = "sip.listener.bound";

    private final MetricRegistry registry;
    private final Counter refusedLogins;
    private final Counter journalReplays;
    private final Counter pinLockouts;
    private final Map<String, Counter[]> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    /** Listeners whose gauges are registered. */
    private final Set<String> gauged = new HashSet<>();

    private MicroProfileMeters(MetricRegistry registry) {
        this.registry = registry;
        refusedLogins = registry.counter(Metadata.builder()
                .withName("sip.logins.refused")
                .withDescription("Terminal logins (93) refused: wrong or unknown account, disabled, "
                        + "address not allowed, or backing off")
                .build());
        journalReplays = registry.counter(Metadata.builder()
                .withName("sip.journal.replays")
                .withDescription("Retransmitted state-changing requests answered from the journal instead of "
                        + "being carried out again")
                .build());
        pinLockouts = registry.counter(Metadata.builder()
                .withName("sip.pin.lockouts")
                .withDescription("Patron cards locked for SIP after too many wrong PINs")
                .build());
        REQUEST_TYPES.forEach(type -> {
            counters.computeIfAbsent(type, this::newCounters);
            timers.computeIfAbsent(type, this::newTimer);
        });
    }

    /**
     * The meters in the application registry of the container's MicroProfile Metrics, selected through an injected
     * {@code Instance} (Payara's registry producer reads the injection point, which a {@code CDI.current()} lookup
     * lacks).
     */
    static Meters inApplicationRegistry(Instance<Object> beans) {
        return new MicroProfileMeters(beans.select(MetricRegistry.class).get());
    }

    @Override
    public void record(String requestType, Outcome outcome, long nanos) {
        String type = REQUEST_TYPES.contains(requestType) ? requestType : OTHER;
        counters.computeIfAbsent(type, this::newCounters)[outcome.ordinal()].inc();
        timers.computeIfAbsent(type, this::newTimer).update(Duration.ofNanos(nanos));
        if (type.equals("93") && outcome == Outcome.REFUSED) {
            refusedLogins.inc();
        }
    }

    @Override
    public void journalReplayed() {
        journalReplays.inc();
    }

    @Override
    public void pinLocked() {
        pinLockouts.inc();
    }

    @Override
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
                registry.gauge(
                        Metadata.builder()
                                .withName(TERMINALS_CONNECTED)
                                .withDescription("Logged-in terminal connections of a SIP2 listener")
                                .build(),
                        listener,
                        Meters::terminalsConnected,
                        tag);
                registry.gauge(
                        Metadata.builder()
                                .withName(LISTENER_BOUND)
                                .withDescription(
                                        "1 while a SIP2 listener holds its port and accepts connections, else 0")
                                .build(),
                        listener,
                        Meters::bound,
                        tag);
            }
        }
    }

    @Override
    public Map<String, Long> totalsByType() {
        Map<String, Long> totals = new TreeMap<>();
        counters.forEach((type, byOutcome) -> totals.put(
                type, Arrays.stream(byOutcome).mapToLong(Counter::getCount).sum()));
        return totals;
    }

    @Override
    public Map<String, Double> p99MillisByType() {
        Map<String, Double> p99 = new TreeMap<>();
        timers.forEach((type, timer) -> {
            if (timer.getCount() > 0) {
                for (Snapshot.PercentileValue value : timer.getSnapshot().percentileValues()) {
                    if (value.getPercentile() == 0.99) {
                        p99.put(type, value.getValue() / 1_000_000);
                    }
                }
            }
        });
        return p99;
    }

    private Counter[] newCounters(String type) {
        return Arrays.stream(Outcome.values())
                .map(outcome -> registry.counter(REQUESTS, new Tag("type", type), new Tag("outcome", outcome.label())))
                .toArray(Counter[]::new);
    }

    private Timer newTimer(String type) {
        return registry.timer(DURATION, new Tag("type", type));
    }
}
