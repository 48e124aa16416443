package org.sip2.server.sip;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.sip2.connector.api.Completion;
import org.sip2.connector.api.SipExchange;
import org.sip2.connector.api.SipListener;
import org.sip2.connector.api.SipReply;
import org.sip2.server.bootstrap.DatabaseSetup;

/**
 * Receives every SIP2 request from the connector, in a container transaction that commits before
 * the reply is written. The container logs a failed commit but still hands the reply back, so the
 * bean tells the connector, through the exchange's {@link Completion}, whether the commit happened. The first
 * listener's settings and the TLS key files come from MicroProfile
 * Config (system properties or environment variables, see docs/configuration.md); the listeners in
 * the database replace that first one once {@code ListenerPublisher} has read them. The adapter it
 * binds to is named in WEB-INF/glassfish-ejb-jar.xml ({@code sip-ra}), which Payara and GlassFish
 * both read.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "bindAddress",
                    propertyValue = "${MPCONFIG=sip.bind.address:0.0.0.0}"),
            @ActivationConfigProperty(propertyName = "port", propertyValue = "${MPCONFIG=sip.port:6001}"),
            @ActivationConfigProperty(
                    propertyName = "maxFrameLength",
                    propertyValue = "${MPCONFIG=sip.max.frame.length:16384}"),
            @ActivationConfigProperty(
                    propertyName = "maxFrameLengthBeforeLogin",
                    propertyValue = "${MPCONFIG=sip.max.frame.length.before.login:1024}"),
            @ActivationConfigProperty(
                    propertyName = "maxConnections",
                    propertyValue = "${MPCONFIG=sip.max.connections:10000}"),
            @ActivationConfigProperty(
                    propertyName = "maxConnectionsPerAddress",
                    propertyValue = "${MPCONFIG=sip.max.connections.per.address:1000}"),
            @ActivationConfigProperty(
                    propertyName = "loginTimeoutSeconds",
                    propertyValue = "${MPCONFIG=sip.login.timeout:60}"),
            @ActivationConfigProperty(
                    propertyName = "idleTimeoutSeconds",
                    propertyValue = "${MPCONFIG=sip.idle.timeout:0}"),
            @ActivationConfigProperty(
                    propertyName = "defaultCharset",
                    propertyValue = "${MPCONFIG=sip.default.charset:IBM850}"),
            @ActivationConfigProperty(
                    propertyName = "logFile",
                    propertyValue = "${MPCONFIG=sip.log.file:logs/sip.log}"),
            @ActivationConfigProperty(
                    propertyName = "maxLoginAttempts",
                    propertyValue = "${MPCONFIG=sip.max.login.attempts:3}"),
            @ActivationConfigProperty(propertyName = "tlsKeystore", propertyValue = "${MPCONFIG=sip.tls.keystore:}"),
            @ActivationConfigProperty(
                    propertyName = "tlsKeystorePassword",
                    propertyValue = "${MPCONFIG=sip.tls.keystore.password:}"),
            @ActivationConfigProperty(
                    propertyName = "tlsTruststore",
                    propertyValue = "${MPCONFIG=sip.tls.truststore:}"),
            @ActivationConfigProperty(
                    propertyName = "tlsTruststorePassword",
                    propertyValue = "${MPCONFIG=sip.tls.truststore.password:}"),
            @ActivationConfigProperty(
                    propertyName = "shutdownGraceSeconds",
                    propertyValue = "${MPCONFIG=sip.shutdown.grace.seconds:10}"),
            @ActivationConfigProperty(
                    propertyName = "requestsAtOnce",
                    propertyValue = "${MPCONFIG=sip.requests.at.once:16}"),
            @ActivationConfigProperty(propertyName = "logTo", propertyValue = "${MPCONFIG=sip.log.to:file}"),
            @ActivationConfigProperty(
                    propertyName = "syslogHost",
                    propertyValue = "${MPCONFIG=sip.syslog.host:localhost}"),
            @ActivationConfigProperty(propertyName = "syslogPort", propertyValue = "${MPCONFIG=sip.syslog.port:514}"),
            @ActivationConfigProperty(
                    propertyName = "syslogProtocol",
                    propertyValue = "${MPCONFIG=sip.syslog.protocol:udp}"),
            @ActivationConfigProperty(
                    propertyName = "syslogFormat",
                    propertyValue = "${MPCONFIG=sip.syslog.format:rfc5424}"),
            @ActivationConfigProperty(
                    propertyName = "syslogFacility",
                    propertyValue = "${MPCONFIG=sip.syslog.facility:local6}"),
            @ActivationConfigProperty(
                    propertyName = "syslogAppName",
                    propertyValue = "${MPCONFIG=sip.syslog.app.name:sip2}")
        })
public class SipEndpoint implements SipListener {

    @EJB
    DatabaseSetup database;

    @Inject
    SipDispatcher dispatcher;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The first request after deployment waits here until the schema is migrated. */
    @PostConstruct
    void awaitDatabase() {
        database.awaitReady();
    }

    @Override
    public SipReply onRequest(SipExchange exchange) {
        SipReply reply = dispatcher.dispatch(exchange);
        // one already marked for rollback is the reply's own doing (a refusal): that reply holds as it is
        if (transaction.getTransactionStatus() == Status.STATUS_ACTIVE) {
            awaitCommit(exchange.completion());
        }
        return reply;
    }

    private void awaitCommit(Completion completion) {
        completion.awaitCommit();
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to add to the transaction
            }

            @Override
            public void afterCompletion(int status) {
                completion.ended(status == Status.STATUS_COMMITTED);
            }
        });
    }
}
