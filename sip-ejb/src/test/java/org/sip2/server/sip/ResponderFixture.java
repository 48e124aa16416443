package org.sip2.server.sip;

import java.time.Instant;
import java.util.Map;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.connector.api.ErrorDetectionMode;
import org.sip2.connector.api.TerminalLogin;
import org.sip2.protocol.SipCodec;
import org.sip2.server.backend.CirculationBackend;
import org.sip2.server.circulation.LibraryClock;
import org.sip2.server.circulation.TerminalAccounts;

/** What a responder needs from the container, wired by hand for unit tests: a terminal of institution MAIN. */
final class ResponderFixture {

    static final String NOW = "20261130    120000";
    static final String NO_DATE = " ".repeat(18);
    private static final SipCodec CODEC = new SipCodec();

    private ResponderFixture() {}

    /** The terminals of a connection, with {@code backend} as the institution's back end. */
    static Terminals terminals(CirculationBackend backend, boolean pinRequired) {
        Terminals terminals = new Terminals() {
            @Override
            public CirculationBackend backend(ConnectionInfo connection) {
                return backend;
            }
        };
        terminals.accounts = new TerminalAccounts() {
            @Override
            public boolean patronPinRequired(String loginId) {
                return pinRequired;
            }
        };
        return terminals;
    }

    static ResponseFields responses() {
        ResponseFields responses = new ResponseFields();
        responses.clock = new LibraryClock();
        return responses;
    }

    /** A connection logged in as kiosk1 of MAIN, with the account's options. */
    static ConnectionInfo connection(Map<String, String> options) {
        return new ConnectionInfo(
                1,
                "127.0.0.1",
                Instant.now(),
                new TerminalLogin("kiosk1", "MAIN", "DESK", '|', "\r", "ISO-8859-1", ErrorDetectionMode.AUTO, options));
    }

    static <T> T request(String text) {
        @SuppressWarnings("unchecked")
        T request = (T) CODEC.parse(text);
        return request;
    }
}
