/**
 * What the admin console does: console users, terminal accounts, institutions with their policy
 * and loan rules, the transaction log, patrons and items, and importing a Koha SIPconfig.xml.
 * {@code @Stateless} services with role checks: changes need {@code admin}; {@code operator} may
 * read everything and disconnect sessions. Changes take effect without a restart (the next login
 * or 98 reads them; disabling an account closes its connections, on every instance).
 *
 * <p>Depends on {@code org.sip2.server.domain}, {@code circulation}, {@code audit},
 * {@code security}, {@code cluster}, the connector API's {@code SipSessions}, Jakarta Persistence
 * and EJB.
 */
package org.sip2.server.admin;
