package org.sip2.server.sip;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.sip2.connector.api.SipListeners;

/**
 * When the application stops (SIGTERM, undeployment), lets all its SIP2 listeners answer the requests
 * they have received before the application's beans go: the container destroys this singleton
 * before the singletons it depends on, which the request path uses (docs/operations.md,
 * "Stopping the server").
 */
@Singleton
@Startup
@DependsOn({"DatabaseSetup", "TransactionLog", "SipMetrics", "TrafficObservation", "DemoAccounts"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ListenersStop {

    @PreDestroy
    void drainListeners() {
        SipListeners.stop();
    }
}
