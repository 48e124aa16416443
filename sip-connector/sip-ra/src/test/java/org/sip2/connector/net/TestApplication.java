package org.sip2.connector.net;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.connector.api.ErrorDetectionMode;
import org.sip2.connector.api.ListenerDefinition;
import org.sip2.connector.api.ListenerTls;
import org.sip2.connector.api.ListenerTransport;
import org.sip2.connector.api.SipExchange;
import org.sip2.connector.api.SipListener;
import org.sip2.connector.api.SipReply;
import org.sip2.connector.api.TerminalLogin;
import org.sip2.protocol.AcsStatusResponse;
import org.sip2.protocol.LoginRequest;
import org.sip2.protocol.LoginResponse;
import org.sip2.protocol.PatronStatus;
import org.sip2.protocol.PatronStatusRequest;
import org.sip2.protocol.PatronStatusResponse;
import org.sip2.protocol.Refusals;
import org.sip2.protocol.ScStatusRequest;
import org.sip2.protocol.SipDate;
import org.sip2.protocol.SupportedMessages;

/**
 * A small fake application behind the listener. Logs in "kiosk"/"secret" with CR; "caret"/"secret" with ^, CRLF,
 * UTF-8 and required error detection. A 23 for patron "slow" takes a second, one for "boom" fails, one for "held" waits
 * until {@link #heldMayFinish} opens, one for "uncommitted" is answered but its commit fails. Remembers what it was
 * given.
 */
final class TestApplication implements SipListener {

    final AtomicInteger delivered = new AtomicInteger();
    final List<String> keys = new CopyOnWriteArrayList<>();
    final List<ConnectionInfo> sessions = new CopyOnWriteArrayList<>();
    final CountDownLatch heldArrived = new CountDownLatch(1);
    final CountDownLatch heldMayFinish = new CountDownLatch(1);

    /** A raw plain listener on a free port of 127.0.0.1: 1024 bytes a frame, 256 before login. */
    static ListenerDefinition definition(
            String name, int loginTimeout, int idleTimeout, int maxConnections, int maxConnectionsPerAddress) {
        return new ListenerDefinition(
                name,
                "127.0.0.1",
                0,
                ListenerTransport.RAW,
                ListenerTls.OFF,
                loginTimeout,
                idleTimeout,
                256,
                1024,
                maxConnections,
                maxConnectionsPerAddress,
                List.of());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public SipReply onRequest(SipExchange exchange) {
        delivered.incrementAndGet();
        keys.add(exchange.key().digest());
        sessions.add(exchange.connection());
        SipDate now = SipDate.local(LocalDateTime.of(2024, 3, 15, 14, 30, 23));
        return switch (exchange.request()) {
            case LoginRequest login
            when "secret".equals(login.loginPassword()) ->
                SipReply.loggedIn(
                        new LoginResponse(true),
                        login.loginUserId().equals("caret")
                                ? new TerminalLogin(
                                        "caret", "MAIN", null, '^', "\r\n", "UTF-8", ErrorDetectionMode.REQUIRED)
                                : new TerminalLogin(
                                        login.loginUserId(),
                                        "MAIN",
                                        null,
                                        '|',
                                        "\r",
                                        "IBM850",
                                        ErrorDetectionMode.AUTO));
            case LoginRequest login -> SipReply.of(new LoginResponse(false));
            case ScStatusRequest status ->
                SipReply.of(new AcsStatusResponse(
                        true,
                        true,
                        true,
                        true,
                        false,
                        false,
                        100,
                        3,
                        now,
                        "2.00",
                        "MAIN",
                        null,
                        SupportedMessages.parse("YYYYYYYYYYYYYYYY"),
                        null,
                        null,
                        null));
            case PatronStatusRequest patron
            when "boom".equals(patron.patronIdentifier()) -> throw new IllegalStateException("database down");
            case PatronStatusRequest patron
            when "uncommitted".equals(patron.patronIdentifier()) -> {
                exchange.completion().awaitCommit();
                exchange.completion().ended(false); // as a container does after the listener returned
                yield SipReply.of(new PatronStatusResponse(
                        PatronStatus.GOOD_STANDING,
                        "000",
                        now,
                        "MAIN",
                        "uncommitted",
                        "Never stored",
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            }
            case PatronStatusRequest patron
            when "slow".equals(patron.patronIdentifier()) -> {
                pause(1000);
                yield SipReply.of(new PatronStatusResponse(
                        PatronStatus.GOOD_STANDING,
                        "000",
                        now,
                        "MAIN",
                        "slow",
                        "Slow",
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            }
            case PatronStatusRequest patron
            when "held".equals(patron.patronIdentifier()) -> {
                heldArrived.countDown();
                awaitUninterruptibly(heldMayFinish);
                yield SipReply.of(new PatronStatusResponse(
                        PatronStatus.GOOD_STANDING,
                        "000",
                        now,
                        "MAIN",
                        "held",
                        "Held",
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            }
            case PatronStatusRequest patron ->
                SipReply.of(new PatronStatusResponse(
                        PatronStatus.GOOD_STANDING,
                        "000",
                        now,
                        "MAIN",
                        patron.patronIdentifier(),
                        "Name of " + patron.patronIdentifier(),
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            default -> SipReply.of(Refusals.of(exchange.request(), "not here", now));
        };
    }
}
