/**
 * Several server instances on one database: what one instance's console changes must reach the
 * others at once (forgotten verified passwords and PINs, disconnects, a changed listeners' table), a
 * terminal's login that makes the other instances forget its latest request, and the live SIP
 * sessions and listener states of every instance. Carried by the Hazelcast data grid Payara Micro starts
 * when clustering is on; with it off (the single-instance default) everything stays local.
 *
 * <p>Depends on Hazelcast (provided by Payara), CDI, EJB, Jakarta Transactions, Concurrency, JSON-B,
 * {@code org.sip2.server.security}, {@code org.sip2.server.audit} and the connector API
 * ({@code SipConnections}, {@code SipListeners}).
 */
package org.sip2.server.cluster;
