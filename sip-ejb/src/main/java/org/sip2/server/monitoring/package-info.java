/**
 * What monitoring sees of the server: MicroProfile Metrics (requests by message type and outcome,
 * latency per type, connected terminals per listener, refused logins, journal replays, PIN
 * lockouts), the readiness and liveness checks of MicroProfile Health, and the per-minute history
 * the console's dashboard draws. Payara serves them at {@code /metrics} and {@code /health}
 * (docs/operations.md, "Monitoring").
 *
 * <p>Depends on MicroProfile Metrics (optional: only {@code MicroProfileMeters} names it, and
 * {@code SipMetrics} loads it only where the container has it) and Health,
 * {@code org.sip2.connector.api} (the listeners), {@code org.sip2.protocol} (the message ids) and
 * the data source {@code bootstrap.DataSourceLookup} names; never on JPA.
 * Counting on a request's path is lock-free: the metric objects are looked up once per message type.
 */
package org.sip2.server.monitoring;
