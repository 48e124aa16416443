package org.sip2.connector.api;

import java.time.Instant;

/**
 * The state of one SIP2 connection as the application sees it.
 *
 * @param connectionId      unique per connector start
 * @param remoteAddress     the peer's IP address
 * @param connectedAt       when the connection was accepted
 * @param terminal          the logged-in terminal account, or {@code null} before a successful 93
 * @param clientCertificate subject (RFC 2253) of the certificate the client presented over TLS, or {@code null}
 */
public record ConnectionInfo(
        long connectionId,
        String remoteAddress,
        Instant connectedAt,
        TerminalLogin terminal,
        String clientCertificate) {

    public ConnectionInfo(long connectionId, String remoteAddress, Instant connectedAt, TerminalLogin terminal) {
        this(connectionId, remoteAddress, connectedAt, terminal, null);
    }

    public boolean loggedIn() {
        return terminal != null;
    }
}
