/**
 * What the admin console does: console users, terminal accounts, institutions with their policy
 * and loan rules, the SIP2 listeners (told to the connector after each committed change by
 * {@code ListenerPublisher}), the transaction log, patrons and items (with their CSV import, done
 * by {@code org.sip2.server.importing}), and importing a Koha SIPconfig.xml or the export of Koha
 * 25.11's SIP tables (every setting imported or listed as not imported).
 * {@code @Stateless} services with role checks: changes need {@code admin}; {@code operator} may
 * read everything and disconnect sessions. Changes take effect without a restart (the next login
 * or 98 reads them; disabling an account closes its connections, on every instance).
 *
 * Console sign-in ({@code ConsoleSignIn}) is throttled per user name and per address.
 *
 * <p>Depends on {@code org.sip2.server.domain}, {@code circulation}, {@code audit},
 * {@code importing}, {@code security}, {@code cluster}, {@code sip.FailureCounter},
 * {@code monitoring.SipMetrics} (each listener's gauges), the connector API's {@code SipConnections}
 * and {@code SipListeners}, Jakarta Persistence and EJB.
 */
package org.sip2.server.admin;
