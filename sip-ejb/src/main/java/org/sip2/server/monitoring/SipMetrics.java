package org.sip2.server.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The server's own metrics, in the application registry of MicroProfile Metrics where the container has it (Payara).
 * Where it has not (GlassFish 8 ships none), the server runs the same without them: nothing is counted, /metrics
 * does not exist and the dashboard draws no charts (docs/deployment.md). No MicroProfile Metrics type appears in
 * this class, so that it loads in either container. Bean-managed concurrency: the meters are thread-safe.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SipMetrics {

    private static final Logger LOG = Logger.getLogger(SipMetrics.class.getName());
    private static final String REGISTRY = "org.eclipse.microprofile.metrics.MetricRegistry";

    /** Typed as Object so that no MicroProfile Metrics type is named where the container has none. */
    @Inject
    Instance<Object> beans;

    private Meters meters = Meters.NONE;

    @PostConstruct
    void register() {
        try {
            Class.forName(REGISTRY, false, SipMetrics.class.getClassLoader());
            meters = MicroProfileMeters.inApplicationRegistry(beans);
        } catch (ClassNotFoundException | RuntimeException | LinkageError absent) {
            LOG.info("No MicroProfile Metrics in this server: the SIP2 server's metrics are off (" + absent + ")");
        }
    }

    /** The meter the connector's observer counts every exchange into. */
    public RequestMeter requests() {
        return meters;
    }

    public void journalReplayed() {
        meters.journalReplayed();
    }

    public void pinLocked() {
        meters.pinLocked();
    }

    /**
     * The listeners are now these (the enabled ones, as told to the connector): each gets its gauges, and a removed
     * one's series go, so that no alert waits on a listener that no longer exists.
     */
    public void listenersConfigured(List<String> names) {
        meters.listenersConfigured(names);
    }

    /** Requests answered since the start, by message type. */
    public Map<String, Long> totalsByType() {
        return meters.totalsByType();
    }

    /** Each message type's recent p99 latency in milliseconds. */
    public Map<String, Double> p99MillisByType() {
        return meters.p99MillisByType();
    }
}
