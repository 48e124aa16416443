/**
 * The ILS back-end interface: what the SIP2 layer asks of a library system, in plain records
 * (patrons, items, loans, holds, fees and the outcome of each transaction). Each institution names
 * its back end (like the {@code implementation} attribute of Koha's SIP configuration); the
 * built-in one is {@code jpa}. Another Jakarta EE ILS plugs in by deploying a CDI bean that
 * implements {@link org.sip2.server.backend.CirculationBackend}.
 *
 * <p>The terminal's account comes with each call ({@link org.sip2.server.backend.Terminal}) with its
 * behaviour options ({@link org.sip2.server.backend.TerminalOption}, Koha's names), which a back end
 * honours where they concern circulation (checkin, checkout, fees); field templates are Mustache.
 *
 * <p>Depends on the SIP2 code tables of {@code org.sip2.protocol} (media type, circulation status,
 * fee type, alert type), Mustache.java for field templates and the JDK: no JPA, no SIP messages.
 */
package org.sip2.server.backend;
