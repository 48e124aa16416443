/**
 * The SIP2 listeners without any container: per listener a selector thread that accepts connections (plain TCP or
 * TLS through {@code SSLEngine}, raw SIP2 or Koha's telnet login, from the allowed ranges) and cuts frames, and per
 * request the protocol work a connector owns (error detection, resends, duplicates, the session's character set,
 * delimiter and terminator) before the request is handed to a {@link org.sip2.connector.api.SipListener} on a
 * worker. {@code ListenerGroup} keeps the running listeners in step with the application's definitions.
 *
 * <p>Depends on {@code org.sip2.protocol} and {@code org.sip2.connector.api} and the JDK only,
 * so it can be tested without Payara; {@code org.sip2.connector.ra} plugs it into JCA.
 */
package org.sip2.connector.net;
