package org.sip2.connector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sip2.protocol.ErrorDetection;

/** The listener over real loopback sockets, with a small fake application behind it. */
class SipServerTest {

    @TempDir
    Path logDir;

    private final TestApplication application = new TestApplication();
    private final AtomicInteger delivered = application.delivered;
    private final List<String> keys = application.keys;
    private RunningListener listener;

    @BeforeEach
    void start() throws IOException {
        start(config(5, 10));
    }

    /** 1024 bytes a frame, 256 before login. */
    private static ListenerConfig config(int maxConnections, int maxConnectionsPerAddress) {
        return new ListenerConfig(
                TestApplication.definition("test", 30, 0, maxConnections, maxConnectionsPerAddress),
                null,
                StandardCharsets.ISO_8859_1,
                3,
                Duration.ofSeconds(5));
    }

    private void start(ListenerConfig config) throws IOException {
        listener = RunningListener.start(config, application, 4, logDir);
    }

    @AfterEach
    void stop() throws InterruptedException {
        listener.close();
    }

    @Test
    void frameSplitAcrossReadsIsAnsweredOnce() throws Exception {
        try (Client client = new Client()) {
            client.send("9300CNkio");
            Thread.sleep(50);
            client.send("sk|COsec");
            Thread.sleep(50);
            client.send("ret|\r");
            assertEquals("941", client.readLine());
        }
        assertEquals(1, delivered.get());
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        try (Client client = new Client()) {
            StringBuilder batch = new StringBuilder("9300CNkiosk|COsecret|\r");
            for (int i = 0; i < 40; i++) {
                batch.append("2300020240315    143022AOMAIN|AAp").append(i).append("|AC|AD|\r");
            }
            client.send(batch.toString());
            assertEquals("941", client.readLine());
            for (int i = 0; i < 40; i++) {
                assertTrue(client.readLine().contains("|AAp" + i + "|AEName of p" + i + "|"), "response " + i);
            }
        }
    }

    @Test
    void crlfAndBareLfTerminateAndBeforeLoginTheClientsTerminatorIsMirrored() throws Exception {
        try (Client client = new Client()) {
            client.send("9900302.00\r\n");
            assertEquals("98YYYYNN10000320240315    1430232.00AOMAIN|BXYYYYYYYYYYYYYYYY|\r\n", client.readRaw(2));
            client.send("\n\n9300CNkiosk|COsecret|\n");
            assertEquals("941\r", client.readRaw(1));
        }
    }

    @Test
    void badChecksumGets96AndTheRetransmissionIsCarriedOut() throws Exception {
        try (Client client = new Client()) {
            client.send("9300CNkiosk|COsecret|AY0AZF000\r");
            assertEquals("96AZFEF6", client.readLine());
            client.send("97AZFEF5\r");
            assertEquals("96AZFEF6", client.readLine(), "a 97 repeats the 96");
            client.send(sealed("9300CNkiosk|COsecret|", "0"));
            assertEquals("941AY0AZFDFD", client.readLine());
        }
        assertEquals(1, delivered.get());
    }

    @Test
    void resendRepeatsTheLastResponseExactly() throws Exception {
        try (Client client = new Client()) {
            client.send("97\r");
            assertEquals("96", client.readLine(), "nothing sent yet");
            client.send(sealed("9300CNkiosk|COsecret|", "1"));
            String login = client.readLine();
            client.send("97AZFEF5\r");
            assertEquals(login, client.readLine());
        }
        assertEquals(1, delivered.get());
    }

    @Test
    void everyRequestReachesTheApplicationWithTheDigestOfItsBytes() throws Exception {
        try (Client client = new Client()) {
            client.send(sealed("9300CNkiosk|COsecret|", "0"));
            client.readLine();
            String request = sealed("2300020240315    143022AOMAIN|AAp1|AC|AD|", "1");
            client.send(request);
            String first = client.readLine();
            client.send(request);
            assertEquals(
                    first, client.readLine(), "answered again by the application, not from the connection's memory");
            client.send(sealed("2300020240315    143022AOMAIN|AAp2|AC|AD|", "1"));
            client.readLine();
        }
        assertEquals(4, keys.size(), "login and three 23s all delivered");
        assertEquals(keys.get(1), keys.get(2), "identical bytes, identical key");
        assertFalse(keys.get(2).equals(keys.get(3)), "same sequence number, other bytes: another key");
        assertEquals(64, keys.get(1).length());
    }

    @Test
    void unknownIdAndGarbageGet96AndTheConnectionStaysUsable() throws Exception {
        try (Client client = new Client()) {
            client.send("42hello|\r");
            assertEquals("96", client.readLine());
            client.send("\u00ff\u00fe\u0001garbage\r");
            assertEquals("96", client.readLine());
            client.send("23\r");
            assertEquals("96", client.readLine(), "too short for its fixed part");
            client.send("9900302.00\r");
            assertTrue(client.readLine().startsWith("98Y"));
        }
    }

    @Test
    void loginAppliesTheAccountsDelimiterTerminatorAndErrorDetection() throws Exception {
        try (Client client = new Client()) {
            client.send("9300CNcaret|COsecret|\r");
            assertEquals("941AY0AZFDFD\r\n", client.readRaw(2), "required error detection applies to the 94");
            client.send("2300020240315    143022AOMAIN^AAp1^AC^AD^\r");
            assertEquals("96AZFEF6\r\n", client.readRaw(2), "no trailer while it is required");
            client.send(sealed("2300020240315    143022AOMAIN^AAp1^AC^AD^", "3"));
            String response = client.readRaw(2);
            assertTrue(
                    response.startsWith("24              00020240315    143023AOMAIN^AAp1^AEName of p1^BLY^AY3AZ"),
                    response);
        }
    }

    @Test
    void applicationFailureGivesTheFailureFormOfTheResponse() throws Exception {
        try (Client client = new Client()) {
            client.send("2300020240315    143022AOMAIN|AAboom|AC|AD|\r");
            String response = client.readLine();
            assertTrue(response.startsWith("24YYYY          000"), response);
            assertTrue(response.endsWith("AOMAIN|AAboom|AE|AF" + RequestProcessor.SYSTEM_UNAVAILABLE + "|"), response);
        }
    }

    @Test
    void aReplyWhoseTransactionDidNotCommitIsNeverWritten() throws Exception {
        try (Client client = new Client()) {
            client.send("2300020240315    143022AOMAIN|AAuncommitted|AC|AD|\r");
            String response = client.readLine();
            assertTrue(response.startsWith("24YYYY          000"), "the failure form, not the reply: " + response);
            assertTrue(response.endsWith("AF" + RequestProcessor.SYSTEM_UNAVAILABLE + "|"), response);
        }
    }

    @Test
    void frameOverTheLimitClosesTheConnectionAndOthersGoOn() throws Exception {
        try (Client client = new Client()) {
            client.send("23" + "x".repeat(2000));
            assertTrue(client.closedByServer());
        }
        try (Client client = new Client()) {
            client.send("9900302.00\r");
            assertTrue(client.readLine().startsWith("98Y"));
        }
        assertTrue(listener.logText("request too long").contains("request too long"));
    }

    @Test
    void beforeLoginAShorterFrameClosesTheConnection() throws Exception {
        try (Client client = new Client()) {
            client.send("99" + "x".repeat(300));
            assertTrue(client.closedByServer());
        }
        assertTrue(listener.logText("(limit sip.max.frame.length.before.login)")
                .contains("(limit sip.max.frame.length.before.login)"));
        try (Client client = new Client()) {
            assertEquals("941", client.exchange("9300CNkiosk|COsecret|"));
            assertTrue(
                    client.exchange("2300020240315    143022AOMAIN|AA" + "p".repeat(600) + "|AC|")
                            .startsWith("24"),
                    "after login the full frame length applies");
        }
        assertEquals(2, delivered.get(), "the long 99 was never delivered");
    }

    @Test
    void connectionsFromOneAddressBeyondItsLimitAreClosed() throws Exception {
        stop();
        start(config(10, 2));
        try (Client first = new Client();
                Client second = new Client()) {
            assertTrue(first.exchange("9900302.00").startsWith("98Y"));
            assertTrue(second.exchange("9900302.00").startsWith("98Y"));
            try (Client third = new Client()) {
                assertTrue(third.closedByServer());
            }
            first.close();
            Thread.sleep(200);
            try (Client again = new Client()) {
                assertTrue(again.exchange("9900302.00").startsWith("98Y"), "a closed connection frees its place");
            }
        }
        assertTrue(listener.logText("(sip.max.connections.per.address)").contains("(sip.max.connections.per.address)"));
    }

    @Test
    void closeWithoutTerminatorDeliversNothing() throws Exception {
        try (Client client = new Client()) {
            client.send("9300CNkiosk|COsecret|");
        }
        Thread.sleep(200);
        assertEquals(0, delivered.get());
        assertTrue(listener.logText("bytes unterminated").contains("bytes unterminated"));
    }

    @Test
    void connectionsBeyondTheLimitAreClosed() throws Exception {
        List<Client> clients = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                Client client = new Client();
                clients.add(client);
                client.send("9900302.00\r");
                client.readLine();
            }
            try (Client extra = new Client()) {
                assertTrue(extra.closedByServer());
            }
        } finally {
            for (Client client : clients) {
                client.close();
            }
        }
    }

    @Test
    void idleAndLoginTimeoutsCloseConnections() throws Exception {
        stop();
        start(new ListenerConfig(
                TestApplication.definition("test", 1, 1, 5, 5),
                null,
                StandardCharsets.ISO_8859_1,
                3,
                Duration.ofSeconds(5)));
        try (Client anonymous = new Client();
                Client idle = new Client()) {
            idle.send("9300CNkiosk|COsecret|\r");
            assertEquals("941", idle.readLine());
            assertTrue(anonymous.closedByServer());
            assertTrue(idle.closedByServer());
        }
        String logText = listener.logText("idle for 1 s");
        assertTrue(logText.contains("no login within 1 s"));
        assertTrue(logText.contains("kiosk 127.0.0.1") && logText.contains("idle for 1 s"));
    }

    @Test
    void theThirdRefusedLoginClosesTheConnection() throws Exception {
        try (Client client = new Client()) {
            assertEquals("940", client.exchange("9300CNkiosk|COwrong|"));
            assertEquals("941", client.exchange("9300CNkiosk|COsecret|"), "a refused login may be tried again");
            assertEquals("940", client.exchange("9300CNkiosk|COwrong|"));
            assertEquals("940", client.exchange("9300CNkiosk|COwrong|"));
            assertTrue(client.closedByServer(), "after the third refusal");
        }
        assertTrue(listener.logText("3 refused logins: closing").contains("3 refused logins: closing"));
    }

    @Test
    void theSipLogHasOneLinePerRequestWithSecretsMasked() throws Exception {
        try (Client client = new Client()) {
            client.send("9300CNkiosk|COsecret|CPMAIN|\r");
            client.readLine();
            client.send("2300020240315    143022AOMAIN|AAp1|ACterminalpw|AD4321|\r");
            client.readLine();
        }
        String logText = listener.logText("23>24");
        assertFalse(logText.contains("secret"));
        assertFalse(logText.contains("terminalpw"));
        assertFalse(logText.contains("4321"));
        assertTrue(logText.contains("- 127.0.0.1 #"));
        assertTrue(logText.contains("93>94"));
        assertTrue(logText.contains("kiosk 127.0.0.1 #") && logText.contains("23>24"));
    }

    @Test
    void stoppingTakesNoNewConnectionButAnswersTheRequestInProgressBeforeClosing() throws Exception {
        int port = listener.port();
        try (Client client = new Client()) {
            assertEquals("941", client.exchange("9300CNkiosk|COsecret|"));
            client.send("2300020240315    143022AOMAIN|AAheld|AC|\r");
            assertTrue(application.heldArrived.await(5, TimeUnit.SECONDS));
            Thread closing = new Thread(listener.server()::close, "closing");
            closing.start();
            for (int i = 0; i < 100 && listener.server().bound(); i++) {
                Thread.sleep(10);
            }
            assertFalse(listener.server().bound(), "no longer ready once stopping");
            assertTrue(refusesConnections(port), "the listening socket is closed at once");
            application.heldMayFinish.countDown();
            assertTrue(client.readLine().startsWith("24"), "the request in progress gets its whole reply");
            assertTrue(client.closedByServer(), "then the connection is closed");
            closing.join(5000);
            assertFalse(closing.isAlive());
        }
        assertTrue(listener.logText("listener stopped").contains("23>24"));
    }

    private static boolean refusesConnections(int port) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                Thread.sleep(10);
            } catch (IOException refused) {
                return true;
            }
        }
        return false;
    }

    private static String sealed(String message, String sequence) {
        return new String(
                ErrorDetection.seal(message, StandardCharsets.US_ASCII, true, sequence, "\r"),
                StandardCharsets.US_ASCII);
    }

    /** A blocking test client on loopback. */
    private final class Client implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Client() throws IOException {
            socket = new Socket("127.0.0.1", listener.port());
            socket.setSoTimeout(5000);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        String exchange(String message) throws IOException {
            send(message + "\r");
            return readLine();
        }

        /** One response without its terminator (CR, and an LF after it if any). */
        String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != '\r') {
                if (b < 0) {
                    throw new IOException("closed");
                }
                line.write(b);
            }
            in.mark(1);
            return line.toString(StandardCharsets.ISO_8859_1);
        }

        /** One response with its terminator, which is {@code terminatorLength} bytes long. */
        String readRaw(int terminatorLength) throws IOException {
            String line = readLine() + "\r";
            if (terminatorLength == 2) {
                line += (char) in.read();
            }
            return line;
        }

        boolean closedByServer() throws IOException {
            try {
                return in.read() < 0;
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true; // reset
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
