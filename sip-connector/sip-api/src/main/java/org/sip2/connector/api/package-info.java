/**
 * What the SIP2 connector delivers to an application and what it expects back: the message
 * listener interface a message-driven bean implements, the request envelope with its session,
 * and the reply with the terminal profile that a successful login puts into effect. Also the
 * registries both sides share: {@link org.sip2.connector.api.SipConnections} (live connections) and
 * {@link org.sip2.connector.api.SipListeners} (the listener definitions the application configures and the state
 * of each), with {@link org.sip2.connector.api.AddressRange} for allowed ranges.
 *
 * <p>Depends only on {@code org.sip2.protocol}. The resource adapter bundles this jar, so the
 * adapter and the application see the same classes.
 */
package org.sip2.connector.api;
