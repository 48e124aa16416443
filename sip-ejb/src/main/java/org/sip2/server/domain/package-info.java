/**
 * The library's circulation domain as JPA entities: institutions with their policy and limits,
 * terminal accounts, patrons, items, loans, holds and fees. Rules that need only the entity's own
 * state live on the entity (a loan knows when it is overdue, a patron which blocks apply).
 *
 * <p>Depends on Jakarta Persistence (and Hibernate's {@code @Formula} for values derived in SQL)
 * and on the SIP2 code tables of {@code org.sip2.protocol} (circulation status, media type, fee
 * type) that are stored as their codes. Knows nothing of SIP messages or sessions.
 */
package org.sip2.server.domain;
