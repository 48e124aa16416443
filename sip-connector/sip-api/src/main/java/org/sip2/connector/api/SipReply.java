package org.sip2.connector.api;

import org.sip2.protocol.SipResponse;

/**
 * The application's answer to one request.
 *
 * @param response the response to write
 * @param login    for a successful 93: the terminal profile that applies from now on; otherwise {@code null}
 * @param close    close the connection after writing the response
 */
public record SipReply(SipResponse response, TerminalLogin login, boolean close) {

    public static SipReply of(SipResponse response) {
        return new SipReply(response, null, false);
    }

    public static SipReply loggedIn(SipResponse response, TerminalLogin profile) {
        return new SipReply(response, profile, false);
    }
}
