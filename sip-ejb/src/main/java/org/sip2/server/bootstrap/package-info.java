/**
 * Bringing the database up: the data source, the Flyway migrations at start-up (before any
 * request is served), and the demo data loaded into an empty database.
 *
 * <p>Depends on Flyway, Jakarta Persistence, EJB and {@code org.sip2.server.domain}.
 */
package org.sip2.server.bootstrap;
