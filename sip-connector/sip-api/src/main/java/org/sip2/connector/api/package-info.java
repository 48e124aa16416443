/**
 * What the SIP2 connector delivers to an application and what it expects back: the message
 * listener interface a message-driven bean implements, the request envelope with its session,
 * and the reply with the terminal profile that a successful login puts into effect.
 *
 * <p>Depends only on {@code org.sip2.protocol}. The resource adapter bundles this jar, so the
 * adapter and the application see the same classes.
 */
package org.sip2.connector.api;
