/**
 * What the server remembers of SIP transactions: the exactly-once journal (the stored response of
 * each state-changing request, written in the transaction of its effect) and the transaction log
 * the console shows. Stores texts and identifiers, never PINs or passwords, and knows no SIP
 * message types beyond their ids. The journal locks the terminal account's row (by SQL, no entity of
 * another package) so that a terminal's state-changing requests run one after another.
 *
 * <p>Depends on Jakarta Persistence, CDI, MicroProfile Config and EJB (the timers and transactions of
 * {@link org.sip2.server.audit.AuditHousekeeping}).
 */
package org.sip2.server.audit;
