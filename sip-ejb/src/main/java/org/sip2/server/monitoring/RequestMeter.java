package org.sip2.server.monitoring;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.sip2.protocol.MessageDefinition;
import org.sip2.protocol.MessageTable;

/**
 * Counts requests by message type and outcome and times them by type ({@code sip_requests_total},
 * {@code sip_request_duration_seconds}). Called on every request's worker thread: the metric
 * objects of a type are looked up once, then only counted into (lock-free map reads).
 */
public final class RequestMeter {

    /** A request id that SIP2 does not define is counted as this type, so that garbage cannot add series. */
    static final String OTHER = "other";
    private static final Set<String> REQUEST_TYPES = MessageTable.all().stream()
            .filter(MessageDefinition::isRequest).map(MessageDefinition::id).collect(Collectors.toUnmodifiableSet());
    private static final Metadata REQUESTS = Metadata.builder().withName("sip.requests")
            .withDescription("SIP2 requests answered, by message type (request id) and outcome "
                    + "(ok, refused, 96, error)")
            .build();
    private static final Metadata DURATION = Metadata.builder().withName("sip.request.duration")
            .withDescription("Time from a SIP2 request's arrival at a worker to its reply, commit included, "
                    + "by message type")
            .withUnit(MetricUnits.NANOSECONDS).build(); // timers count in nanoseconds; /metrics shows seconds

    private final MetricRegistry registry;
    private final Counter refusedLogins;
    private final Map<String, Counter[]> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    RequestMeter(MetricRegistry registry, Counter refusedLogins) {
        this.registry = registry;
        this.refusedLogins = refusedLogins;
        REQUEST_TYPES.forEach(type -> {
            counters.computeIfAbsent(type, this::newCounters);
            timers.computeIfAbsent(type, this::newTimer);
        });
    }

    /** One answered request; {@code requestType} as received (any two characters). */
    public void record(String requestType, Outcome outcome, long nanos) {
        String type = REQUEST_TYPES.contains(requestType) ? requestType : OTHER;
        counters.computeIfAbsent(type, this::newCounters)[outcome.ordinal()].inc();
        timers.computeIfAbsent(type, this::newTimer).update(Duration.ofNanos(nanos));
        if (type.equals("93") && outcome == Outcome.REFUSED) {
            refusedLogins.inc();
        }
    }

    /** Requests answered since the start, by message type (all outcomes). */
    Map<String, Long> totalsByType() {
        Map<String, Long> totals = new TreeMap<>();
        counters.forEach((type, byOutcome) ->
                totals.put(type, Arrays.stream(byOutcome).mapToLong(Counter::getCount).sum()));
        return totals;
    }

    /** The 99th percentile of each type's recent latencies (the same figure /metrics shows), in milliseconds. */
    Map<String, Double> p99MillisByType() {
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
