/**
 * The SIP2 listener without any container: a selector thread that accepts connections and cuts
 * frames, and per request the protocol work a connector owns (error detection, resends,
 * duplicates, the session's character set, delimiter and terminator) before the request is
 * handed to a {@link org.sip2.connector.api.SipListener} on a worker.
 *
 * <p>Depends on {@code org.sip2.protocol} and {@code org.sip2.connector.api} and the JDK only,
 * so it can be tested without Payara; {@code org.sip2.connector.ra} plugs it into JCA.
 */
package org.sip2.connector.net;
