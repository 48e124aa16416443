package org.sip2.server.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last hours of traffic, minute by minute, for the console's dashboard: requests per minute by
 * message type and each type's p99 latency, read from the same metrics /metrics serves. Sampled once
 * a minute off the request path; kept in memory only (a restart starts a new history).
 * The minute under way is shown as far as it has come.
 */
@Singleton
@Startup
public class TrafficHistory {

    /** Minutes kept: six hours. */
    static final int MINUTES = 360;

    /** One minute: requests answered in it, by type, and each type's p99 at its end (ms). */
    public record Minute(LocalDateTime at, Map<String, Long> requests, Map<String, Double> p99Millis) {}

    @EJB
    SipMetrics metrics;

    private final Deque<Minute> minutes = new ArrayDeque<>();
    private Map<String, Long> lastTotals = Map.of();

    @PostConstruct
    void start() {
        lastTotals = metrics.totalsByType();
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    @Lock(LockType.WRITE)
    public void sample() {
        Map<String, Long> totals = metrics.totalsByType();
        LocalDateTime ended = LocalDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.MINUTES);
        minutes.addLast(minuteSince(ended, lastTotals, totals));
        lastTotals = totals;
        while (minutes.size() > MINUTES) {
            minutes.removeFirst();
        }
    }

    /** Oldest first, ending with the minute under way so far. */
    @Lock(LockType.READ)
    public List<Minute> minutes() {
        List<Minute> all = new ArrayList<>(minutes);
        all.add(minuteSince(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), lastTotals, metrics.totalsByType()));
        return all;
    }

    private Minute minuteSince(LocalDateTime at, Map<String, Long> before, Map<String, Long> totals) {
        Map<String, Long> requests = new HashMap<>();
        totals.forEach((type, total) -> {
            long count = total - before.getOrDefault(type, 0L);
            if (count > 0) {
                requests.put(type, count);
            }
        });
        return new Minute(at, requests, metrics.p99MillisByType());
    }
}
