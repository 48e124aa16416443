package org.sip2.server.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SipMetricsTest {

    /** As on GlassFish 8: no MicroProfile Metrics registry to be had, and the server counts nothing without failing. */
    @Test
    void withoutARegistryEverythingIsCountedIntoNothing() {
        SipMetrics metrics = new SipMetrics();
        metrics.register();
        metrics.requests().record("11", Outcome.OK, 1_000_000);
        metrics.journalReplayed();
        metrics.pinLocked();
        metrics.listenersConfigured(List.of("default", "tls"));
        assertEquals(Map.of(), metrics.totalsByType());
        assertEquals(Map.of(), metrics.p99MillisByType());
    }
}
