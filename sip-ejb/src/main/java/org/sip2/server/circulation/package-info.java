/**
 * Circulation services: the use cases the SIP2 layer calls (authenticate a terminal, look up a
 * patron's account or an item), as {@code @Stateless} beans that join the caller's transaction
 * and read and write the domain through JPA. They return domain objects and snapshots, never SIP
 * messages.
 *
 * <p>Depends on {@code org.sip2.server.domain}, {@code org.sip2.server.security}, Jakarta
 * Persistence and EJB.
 */
package org.sip2.server.circulation;
