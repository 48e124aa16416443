/**
 * Bringing the database up: the data source (the server's own JDBC resource named by
 * {@code sip.db.jndi}, else the embedded H2), the Flyway migrations at start-up (before any
 * request is served), and the demo data loaded into an empty database.
 *
 * <p>Depends on Flyway, Jakarta Persistence, EJB, MicroProfile Config, Hibernate's
 * {@code ConnectionProvider} SPI and {@code org.sip2.server.domain}.
 */
package org.sip2.server.bootstrap;
