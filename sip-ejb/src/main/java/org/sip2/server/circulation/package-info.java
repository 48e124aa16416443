/**
 * The built-in circulation back end ({@code jpa}): the library's rules carried out on the JPA
 * domain: lending, returns with fines and hold trapping, renewals, hold queues, payments and
 * blocks, PIN checks with their locks after wrong PINs. The services are {@code @ApplicationScoped}
 * CDI beans that run in the caller's transaction (every caller has one: the MDB's, a console
 * service's, an import chunk's), because an EJB call between them costs a security and
 * transaction check each time (docs/performance.md, seventh round); only {@link PinLocks} and
 * {@link Institutions}, which commit transactions of their own, are EJBs. {@link
 * org.sip2.server.circulation.JpaBackend} presents them as a {@link
 * org.sip2.server.backend.CirculationBackend}. Answers are back-end records, never SIP messages.
 *
 * <p>Depends on {@code org.sip2.server.backend}, {@code org.sip2.server.domain},
 * {@code org.sip2.server.security}, {@code org.sip2.server.audit} (a PIN lock is a card event in
 * the transaction log), {@code org.sip2.server.cluster} (a forgotten verified password or PIN is
 * forgotten on every instance), {@code org.sip2.server.monitoring} (it counts PIN lockouts),
 * Jakarta Persistence, CDI and EJB.
 */
package org.sip2.server.circulation;
