package org.sip2.connector.api;

import org.sip2.protocol.SipRequest;

/**
 * One request with what the connector knows of its connection.
 *
 * @param request    the parsed request (never 97: the connector answers resends itself)
 * @param session    the connection's state before this request
 * @param rawLength  the frame's length in bytes, for logging
 */
public record SipExchange(SipRequest request, SessionInfo session, int rawLength) {
}
