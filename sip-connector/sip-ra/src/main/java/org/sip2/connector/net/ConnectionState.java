package org.sip2.connector.net;

import java.nio.charset.Charset;
import java.time.Instant;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.connector.api.ErrorDetectionMode;
import org.sip2.connector.api.TerminalLogin;
import org.sip2.protocol.SipCodec;

/**
 * What one connection remembers between requests: the logged-in terminal and its settings and
 * the last response (for 97, docs/protocol.md §3.7).
 * Only the connection's worker touches it, one request at a time.
 */
final class ConnectionState {

    private final long id;
    private final String remoteAddress;
    private final Instant connectedAt = Instant.now();
    private final Charset defaultCharset;
    private final boolean telnet;
    private volatile TerminalLogin terminal;
    private volatile String clientCertificate;
    private String telnetUser;
    private Charset charset;
    private SipCodec codec = new SipCodec();
    private byte[] lastResponse;
    private int refusedLogins;

    ConnectionState(long id, String remoteAddress, Charset defaultCharset, boolean telnet) {
        this.id = id;
        this.remoteAddress = remoteAddress;
        this.defaultCharset = defaultCharset;
        this.telnet = telnet;
        this.charset = defaultCharset;
    }

    ConnectionInfo info() {
        return new ConnectionInfo(id, remoteAddress, connectedAt, terminal, clientCertificate);
    }

    /** Set by the selector once a TLS handshake is done, before the first request. */
    void clientCertificate(String subject) {
        this.clientCertificate = subject;
    }

    /** A telnet connection before its login: its lines are the user name and the password, not SIP2. */
    boolean awaitsTelnetLogin() {
        return telnet && terminal == null;
    }

    /** The user name a telnet connection gave at the {@code login: } prompt, until its password comes. */
    String telnetUser() {
        return telnetUser;
    }

    void telnetUser(String user) {
        this.telnetUser = user;
    }

    long id() {
        return id;
    }

    String remoteAddress() {
        return remoteAddress;
    }

    Instant connectedAt() {
        return connectedAt;
    }

    TerminalLogin terminal() {
        return terminal;
    }

    boolean loggedIn() {
        return terminal != null;
    }

    void logIn(TerminalLogin profile) {
        this.terminal = profile;
        this.codec = new SipCodec(profile.delimiter());
        this.charset = Charset.isSupported(profile.charset()) ? Charset.forName(profile.charset()) : defaultCharset;
    }

    ErrorDetectionMode errorDetection() {
        return terminal == null ? ErrorDetectionMode.AUTO : terminal.errorDetection();
    }

    /** The terminator to write: the account's after login, before it the one the client used. */
    String terminator(Frame request) {
        if (terminal != null) {
            return terminal.terminator();
        }
        return request.crlf() ? "\r\n" : "\r";
    }

    /** Counts a refused login; returns how many this connection has had. */
    int refuseLogin() {
        return ++refusedLogins;
    }

    Charset charset() {
        return charset;
    }

    SipCodec codec() {
        return codec;
    }

    byte[] lastResponse() {
        return lastResponse;
    }

    void remember(byte[] response) {
        this.lastResponse = response;
    }
}
