package org.sip2.connector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sip2.connector.api.ListenerDefinition;
import org.sip2.connector.api.ListenerTls;
import org.sip2.connector.api.ListenerTransport;

/** TLS listeners over real loopback sockets, with keys made by bin/tls-keys.sh for the run. */
class TlsListenerTest {

    private static final String LOGIN = "9300CNkiosk|COsecret|CPMAIN|";

    @TempDir
    Path logDir;

    private final TestApplication application = new TestApplication();
    private RunningListener listener;

    private void start(ListenerTls mode, int loginTimeout, int workerThreads) throws Exception {
        ListenerDefinition definition = new ListenerDefinition(
                "tls", "127.0.0.1", 0, ListenerTransport.RAW, mode, loginTimeout, 0, 256, 1024, 500, 500, List.of());
        ListenerConfig config = new ListenerConfig(
                definition, TestPki.material().context(mode), StandardCharsets.UTF_8, 3, Duration.ofSeconds(5));
        listener = RunningListener.start(config, application, workerThreads, logDir);
    }

    @AfterEach
    void stop() throws InterruptedException {
        listener.close();
    }

    /** A TLS client that checks the server's certificate and host name, as sip-cli --tls does. */
    private LineClient tls(SSLContext context, String... protocols) throws Exception {
        Socket tcp = new Socket("127.0.0.1", listener.port());
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(tcp, "localhost", listener.port(), true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (protocols.length > 0) {
            parameters.setProtocols(protocols);
        }
        socket.setSSLParameters(parameters);
        LineClient client = new LineClient(socket);
        socket.startHandshake();
        return client;
    }

    @Test
    void aVerifyingClientSpeaksSipOverTls13() throws Exception {
        start(ListenerTls.ON, 30, 2);
        try (LineClient client = tls(TestPki.client(null))) {
            assertEquals("TLSv1.3", ((SSLSocket) client.socket()).getSession().getProtocol());
            assertEquals("941", client.exchange(LOGIN));
            assertTrue(client.exchange("2300120240315    143022AOMAIN|AAp1|").startsWith("24"));
        }
        assertNull(application.sessions.get(0).clientCertificate(), "no certificate asked for");
    }

    @Test
    void tls12IsAcceptedToo() throws Exception {
        start(ListenerTls.ON, 30, 2);
        try (LineClient client = tls(TestPki.client(null), "TLSv1.2")) {
            assertEquals("TLSv1.2", ((SSLSocket) client.socket()).getSession().getProtocol());
            assertEquals("941", client.exchange(LOGIN));
        }
    }

    @Test
    void opensslSClientSpeaksSipOverTls() throws Exception {
        start(ListenerTls.ON, 30, 2);
        TestPki.ours();
        DebianTools.require("openssl", "openssl");
        Process openssl = new ProcessBuilder(
                        "openssl",
                        "s_client",
                        "-connect",
                        "127.0.0.1:" + listener.port(),
                        "-CAfile",
                        TestPki.ours().resolve("ca.crt").toString(),
                        "-verify_hostname",
                        "localhost",
                        "-verify_return_error",
                        "-quiet")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            OutputStream in = openssl.getOutputStream();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(openssl.getInputStream(), StandardCharsets.UTF_8));
            in.write((LOGIN + "\r").getBytes(StandardCharsets.US_ASCII));
            in.flush();
            CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return "failed: " + e;
                }
            });
            assertEquals("941", reply.get(20, TimeUnit.SECONDS).strip());
        } finally {
            openssl.destroy();
            openssl.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aPlainClientOnTheTlsPortIsClosedCleanly() throws Exception {
        start(ListenerTls.ON, 30, 2);
        try (LineClient plain = LineClient.plain(listener.port())) {
            plain.send(LOGIN + "\r");
            byte[] answer = plain.readToEnd();
            assertNotNull(answer, "closed by the server");
            assertFalse(new String(answer, StandardCharsets.ISO_8859_1).contains("94"), "no SIP2 answer in clear");
        }
        assertEquals(0, application.delivered.get());
        assertTrue(listener.logText("TLS handshake failed").contains("TLS handshake failed"));
        try (LineClient client = tls(TestPki.client(null))) {
            assertEquals("941", client.exchange(LOGIN), "the listener still serves");
        }
    }

    @Test
    void aClientCertificateOfOurCaIsAcceptedAndPassedOn() throws Exception {
        start(ListenerTls.CLIENT_CERTIFICATE, 30, 2);
        try (LineClient client = tls(TestPki.client(TestPki.ours().resolve("kiosk-1.p12")))) {
            assertEquals("941", client.exchange(LOGIN));
        }
        assertEquals("CN=kiosk-1,O=SIP2 terminals", application.sessions.get(0).clientCertificate());
    }

    @Test
    void aClientCertificateOfAnotherCaIsRefused() throws Exception {
        start(ListenerTls.CLIENT_CERTIFICATE, 30, 2);
        assertRefused(TestPki.client(TestPki.foreign().resolve("kiosk-1.p12")));
        assertRefused(TestPki.client(null));
        assertEquals(0, application.delivered.get());
        assertTrue(listener.logText("TLS handshake failed").contains("TLS handshake failed"));
    }

    /** TLS 1.3 clients learn of a refused certificate only when they read: either way, no SIP2 gets through. */
    private void assertRefused(SSLContext context) {
        assertThrows(IOException.class, () -> {
            try (LineClient client = tls(context)) {
                client.exchange(LOGIN);
            }
        });
    }

    @Test
    void stalledHandshakesHoldNoThread() throws Exception {
        start(ListenerTls.ON, 2, 2);
        List<LineClient> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                LineClient client = LineClient.plain(listener.port());
                if (i % 2 == 0) {
                    client.send(new byte[] {0x16, 0x03, 0x01, 0x02, 0x00, 0x01}); // the start of a ClientHello, no more
                }
                stalled.add(client);
            }
            int threads = Thread.activeCount();
            try (LineClient client = tls(TestPki.client(null))) {
                assertEquals(
                        "941", client.exchange(LOGIN), "served by one of two workers beside 50 stalled handshakes");
            }
            assertTrue(Thread.activeCount() <= threads + 2, "no thread per handshake");
            for (LineClient client : stalled) {
                assertNotNull(client.readToEnd(), "a handshake that never finishes ends at the login timeout");
            }
        } finally {
            for (LineClient client : stalled) {
                client.close();
            }
        }
        assertTrue(listener.logText("no TLS handshake within").contains("no TLS handshake within 2 s"));
    }
}
