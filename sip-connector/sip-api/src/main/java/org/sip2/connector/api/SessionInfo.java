package org.sip2.connector.api;

import java.time.Instant;

/**
 * The state of one SIP2 connection as the application sees it.
 *
 * @param connectionId  unique per connector start
 * @param remoteAddress the peer's IP address
 * @param connectedAt   when the connection was accepted
 * @param terminal      the logged-in terminal account, or {@code null} before a successful 93
 */
public record SessionInfo(long connectionId, String remoteAddress, Instant connectedAt, TerminalProfile terminal) {

    public boolean loggedIn() {
        return terminal != null;
    }
}
