package org.sip2.connector.net;

import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sip2.connector.api.Completion;
import org.sip2.connector.api.ErrorDetectionMode;
import org.sip2.connector.api.RequestKey;
import org.sip2.connector.api.SipExchange;
import org.sip2.connector.api.SipListener;
import org.sip2.connector.api.SipReply;
import org.sip2.connector.api.SipTraffic;
import org.sip2.protocol.ErrorDetection;
import org.sip2.protocol.LoginRequest;
import org.sip2.protocol.LoginResponse;
import org.sip2.protocol.Refusals;
import org.sip2.protocol.RequestAcsResend;
import org.sip2.protocol.RequestScResend;
import org.sip2.protocol.Secrets;
import org.sip2.protocol.SipDate;
import org.sip2.protocol.SipFormatException;
import org.sip2.protocol.SipMessage;
import org.sip2.protocol.SipRequest;
import org.sip2.protocol.SipResponse;

/**
 * The connector's part of one request (docs/protocol.md §3, §9.1, §9.12): verify the checksum on the raw bytes,
 * answer a 97 with the last response, parse with the session's delimiter and character set, hand
 * the request to the application with the digest of its bytes, and seal its response with the
 * session's error detection and terminator. Whether a request is a retransmission is the
 * application's decision (its journal outlives the connection); the connector answers nothing
 * from memory but a 97.
 */
final class RequestProcessor {

    private static final Logger LOG = Logger.getLogger(RequestProcessor.class.getName());
    static final String SYSTEM_UNAVAILABLE = "System unavailable, please try again later";
    static final String TELNET_LOGIN_PROMPT = "login: ";
    static final String TELNET_PASSWORD_PROMPT = "password: ";

    /** What to write back, if anything, and whether to close the connection afterwards. */
    record Outcome(byte[] response, boolean close) {}

    private final String listenerName;
    private final SipListener listener;
    private final SipLog log;
    private final int maxLoginAttempts;

    RequestProcessor(String listenerName, SipListener listener, SipLog log, int maxLoginAttempts) {
        this.listenerName = listenerName;
        this.listener = listener;
        this.log = log;
        this.maxLoginAttempts = maxLoginAttempts;
    }

    Outcome process(ConnectionState state, Frame frame) {
        if (state.awaitsTelnetLogin()) {
            return telnetLogin(state, frame);
        }
        long start = System.nanoTime();
        byte[] bytes = frame.bytes();
        ErrorDetection.Trailer trailer = ErrorDetection.find(bytes, bytes.length);
        String body = new String(bytes, 0, trailer == null ? bytes.length : trailer.bodyLength(), state.charset());
        String logged = Secrets.forLog(body, state.codec().delimiter());

        if (trailer != null && !trailer.valid()) {
            return resendRequest(state, frame, trailer, start, logged, "checksum error");
        }
        if (trailer == null && state.errorDetection() == ErrorDetectionMode.REQUIRED) {
            return resendRequest(state, frame, null, start, logged, "error detection required");
        }
        SipMessage message;
        try {
            message = state.codec().parse(body);
        } catch (SipFormatException e) {
            return resendRequest(state, frame, trailer, start, logged, e.getMessage());
        }
        if (message instanceof RequestAcsResend) {
            return state.lastResponse() == null
                    ? resendRequest(state, frame, trailer, start, logged, "nothing to resend")
                    : resendLast(state, start, "97", logged, "resend");
        }
        if (message instanceof RequestScResend) {
            log.event(state, "ignored a 96 sent by the SC");
            return new Outcome(null, false);
        }
        if (!(message instanceof SipRequest request)) {
            return resendRequest(state, frame, trailer, start, logged, "message " + message.id() + " is not a request");
        }
        Delivery delivery = deliver(state, request, RequestKey.of(bytes, bytes.length));
        SipReply reply = delivery.reply();
        if (reply.login() != null) {
            state.logIn(reply.login());
        }
        String text = state.codec().format(reply.response());
        byte[] out = seal(state, frame, trailer, text, trailer == null ? null : trailer.sequence());
        state.remember(out);
        log.exchange(
                state,
                request.id(),
                reply.response().id(),
                micros(start),
                logged,
                Secrets.mask(text, state.codec().delimiter()));
        observe(request.id(), delivery.ending(), reply.response(), start);
        boolean tooManyLogins = reply.response() instanceof LoginResponse login
                && !login.ok()
                && state.refuseLogin() >= maxLoginAttempts;
        if (tooManyLogins) {
            log.event(state, maxLoginAttempts + " refused logins: closing (sip.max.login.attempts)");
        }
        return new Outcome(out, reply.close() || tooManyLogins);
    }

    /**
     * Koha's telnet transport: the first line is the login id, the second the password, checked by the application
     * exactly as a 93 with them would be. Neither reaches the SIP log, as with a 93's CN and CO.
     */
    private Outcome telnetLogin(ConnectionState state, Frame frame) {
        long start = System.nanoTime();
        String line = new String(frame.bytes(), state.charset()).strip();
        if (state.telnetUser() == null) {
            state.telnetUser(line);
            return new Outcome(text(state, TELNET_PASSWORD_PROMPT), false);
        }
        String user = state.telnetUser();
        state.telnetUser(null);
        LoginRequest login = new LoginRequest("0", "0", user, line, null);
        byte[] key = ("telnet login " + state.id() + " " + user).getBytes(state.charset());
        Delivery delivery = deliver(state, login, RequestKey.of(key, key.length));
        SipReply reply = delivery.reply();
        boolean ok = reply.response() instanceof LoginResponse response && response.ok() && reply.login() != null;
        log.exchange(
                state, "93", "94", micros(start), "telnet login: *** password: ***", ok ? "Login OK" : "Invalid login");
        observe("93", delivery.ending(), reply.response(), start);
        if (ok) {
            state.logIn(reply.login());
            return new Outcome(text(state, "Login OK.  Initiating SIP\r\n"), reply.close());
        }
        if (state.refuseLogin() >= maxLoginAttempts) {
            log.event(state, maxLoginAttempts + " refused logins: closing (sip.max.login.attempts)");
            return new Outcome(text(state, "Invalid login\r\n"), true);
        }
        return new Outcome(text(state, "Invalid login\r\n" + TELNET_LOGIN_PROMPT), reply.close());
    }

    private static byte[] text(ConnectionState state, String text) {
        return text.getBytes(state.charset());
    }

    /** The application's reply, or the failure form of the response when it failed. */
    private record Delivery(SipReply reply, SipTraffic.Ending ending) {}

    private Delivery deliver(ConnectionState state, SipRequest request, RequestKey key) {
        try {
            Completion completion = new Completion();
            SipReply reply = listener.onRequest(new SipExchange(request, state.info(), key, completion));
            if (reply == null || reply.response() == null) {
                throw new IllegalStateException("the application gave no response");
            }
            if (completion.failed()) {
                throw new IllegalStateException("the application's transaction did not commit: its reply is void");
            }
            return new Delivery(reply, SipTraffic.Ending.ANSWERED);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SIP request " + request.id() + " from " + state.remoteAddress() + " failed", e);
            SipResponse refusal = Refusals.of(request, SYSTEM_UNAVAILABLE, SipDate.local(LocalDateTime.now()));
            return new Delivery(SipReply.of(refusal), SipTraffic.Ending.FAILED);
        }
    }

    private void observe(String requestType, SipTraffic.Ending ending, SipResponse response, long startNanos) {
        SipTraffic.observer().exchanged(listenerName, requestType, ending, response, System.nanoTime() - startNanos);
    }

    /**
     * Answer 96 (docs/protocol.md §3.6), remembered as the last response: the request is not
     * carried out, so its retransmission is.
     */
    private Outcome resendRequest(
            ConnectionState state, Frame frame, ErrorDetection.Trailer trailer, long start, String logged, String why) {
        byte[] out = seal(state, frame, trailer, "96", null);
        state.remember(out);
        log.exchange(state, id(logged), "96", micros(start), logged, "96 (" + why + ")");
        observe(id(logged), SipTraffic.Ending.RESEND_REQUESTED, null, start);
        return new Outcome(out, false);
    }

    private Outcome resendLast(ConnectionState state, long start, String type, String logged, String why) {
        byte[] out = state.lastResponse();
        log.exchange(
                state,
                type,
                "==",
                micros(start),
                logged,
                "(" + why + ") "
                        + Secrets.mask(
                                new String(out, state.charset()).strip(),
                                state.codec().delimiter()));
        observe(type, SipTraffic.Ending.REPEATED, null, start);
        return new Outcome(out, false);
    }

    private static byte[] seal(
            ConnectionState state, Frame frame, ErrorDetection.Trailer trailer, String text, String sequence) {
        boolean sealed = switch (state.errorDetection()) {
            case AUTO -> trailer != null;
            case REQUIRED -> true;
            case OFF -> false;
        };
        String seq = text.startsWith("96") ? null : (sequence == null ? "0" : sequence);
        return ErrorDetection.seal(text, state.charset(), sealed, seq, state.terminator(frame));
    }

    private static String id(String body) {
        return body.length() >= 2 ? body.substring(0, 2) : "??";
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1000;
    }
}
