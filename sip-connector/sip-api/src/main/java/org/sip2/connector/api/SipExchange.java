package org.sip2.connector.api;

import org.sip2.protocol.SipRequest;

/**
 * One request with what the connector knows of its connection.
 *
 * @param request    the parsed request (never 97: the connector answers resends itself)
 * @param connection the connection's state before this request
 * @param key        identifies the request across retransmissions, also after a reconnect
 * @param completion where the application says whether its reply waits for a commit, and whether that came
 */
public record SipExchange(SipRequest request, ConnectionInfo connection, RequestKey key, Completion completion) {}
