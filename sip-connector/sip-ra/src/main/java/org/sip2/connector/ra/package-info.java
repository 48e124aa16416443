/**
 * The JCA inbound resource adapter: activating a {@link org.sip2.connector.api.SipListener}
 * endpoint starts a {@link org.sip2.connector.net.ListenerGroup}, first with the one listener of the activation's
 * settings, then with whatever list the application configures through
 * {@link org.sip2.connector.api.SipListeners}; selector loops and request workers run on the adapter's WorkManager
 * (a dedicated thread pool in Payara). Each request is delivered through a freshly created message endpoint.
 *
 * The SIP log goes to syslog through JBoss LogManager's syslog handler, which the adapter bundles.
 *
 * <p>Depends on Jakarta Connectors, {@code org.sip2.connector.net} and JBoss LogManager's handlers.
 */
package org.sip2.connector.ra;
