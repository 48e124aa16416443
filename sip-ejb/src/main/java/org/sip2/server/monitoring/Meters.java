package org.sip2.server.monitoring;

import java.util.List;
import java.util.Map;
import org.sip2.connector.api.SipConnections;
import org.sip2.connector.api.SipListeners;

/** All the server counts, behind {@link SipMetrics}; {@link #NONE} where the container has no MicroProfile Metrics. */
interface Meters extends RequestMeter {

    /** Counts nothing: the container has no MicroProfile Metrics (GlassFish 8). */
    Meters NONE = new Meters() {
        @Override
        public void record(String requestType, Outcome outcome, long nanos) {}

        @Override
        public void journalReplayed() {}

        @Override
        public void pinLocked() {}

        @Override
        public void listenersConfigured(List<String> names) {}

        @Override
        public Map<String, Long> totalsByType() {
            return Map.of();
        }

        @Override
        public Map<String, Double> p99MillisByType() {
            return Map.of();
        }
    };

    void journalReplayed();

    void pinLocked();

    /** The enabled listeners are now these: each gets its series, a removed one's go. */
    void listenersConfigured(List<String> names);

    /** Requests answered since the start, by message type (all outcomes). */
    Map<String, Long> totalsByType();

    /** The 99th percentile of each type's recent latencies (the same figure /metrics shows), in milliseconds. */
    Map<String, Double> p99MillisByType();

    /** Logged-in terminal connections of a listener. */
    static long terminalsConnected(String listener) {
        return SipConnections.listener(listener)
                .map(running -> running.sessions().stream()
                        .filter(session -> session.terminal() != null)
                        .count())
                .orElse(0L);
    }

    /** 1 while the listener is bound and not stopping. */
    static int bound(String listener) {
        return SipListeners.states().stream().anyMatch(state -> state.name().equals(listener) && state.bound()) ? 1 : 0;
    }
}
