package org.sip2.connector.api;

/** How a listener's connections begin. */
public enum ListenerTransport {
    /** SIP2 from the first byte: the terminal logs in with a 93. */
    RAW,
    /**
     * Koha's telnet transport: the server prompts {@code login: } and {@code password: }, checks them like a 93
     * and then speaks SIP2; telnet option bytes (IAC sequences) are dropped.
     */
    TELNET
}
