package org.sip2.server.sip;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.sip2.connector.api.SipTraffic;
import org.sip2.protocol.SipResponse;
import org.sip2.server.audit.TransactionLogEntry;
import org.sip2.server.monitoring.Outcome;
import org.sip2.server.monitoring.RequestMeter;
import org.sip2.server.monitoring.SipMetrics;

/**
 * Counts every exchange the connector reports into the request metrics, with the outcome the
 * transaction log would give it, while the application is deployed. The observer is a plain object
 * holding the meter: no container call on a request's path.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TrafficObservation {

    @EJB
    SipMetrics metrics;

    private SipTraffic.Observer observer;

    @PostConstruct
    void observe() {
        RequestMeter meter = metrics.requests();
        observer = (listener, requestType, ending, response, nanos) ->
                meter.record(requestType, outcome(ending, response), nanos);
        SipTraffic.observe(observer);
    }

    @PreDestroy
    void stop() {
        SipTraffic.stopObserving(observer);
    }

    static Outcome outcome(SipTraffic.Ending ending, SipResponse response) {
        return switch (ending) {
            case ANSWERED ->
                TransactionRecorder.outcome(response) == TransactionLogEntry.Outcome.OK ? Outcome.OK : Outcome.REFUSED;
            case REPEATED -> Outcome.OK;
            case RESEND_REQUESTED -> Outcome.RESEND;
            case FAILED -> Outcome.ERROR;
        };
    }
}
