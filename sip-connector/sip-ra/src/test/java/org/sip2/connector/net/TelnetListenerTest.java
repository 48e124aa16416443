package org.sip2.connector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sip2.connector.api.ListenerDefinition;
import org.sip2.connector.api.ListenerTls;
import org.sip2.connector.api.ListenerTransport;

/** Koha's telnet transport: login and password prompts, checked as a 93, then SIP2; telnet commands dropped. */
class TelnetListenerTest {

    private static final byte IAC = (byte) 255;

    @TempDir
    Path logDir;

    private final TestApplication application = new TestApplication();
    private RunningListener listener;

    @BeforeEach
    void start() throws Exception {
        ListenerDefinition definition = new ListenerDefinition(
                "telnet",
                "127.0.0.1",
                0,
                ListenerTransport.TELNET,
                ListenerTls.OFF,
                30,
                0,
                256,
                1024,
                50,
                50,
                List.of());
        ListenerConfig config =
                new ListenerConfig(definition, null, StandardCharsets.ISO_8859_1, 3, Duration.ofSeconds(5));
        listener = RunningListener.start(config, application, 2, logDir);
    }

    @AfterEach
    void stop() throws InterruptedException {
        listener.close();
    }

    @Test
    void promptsChecksLikeA93AndThenSpeaksSip() throws Exception {
        try (LineClient client = LineClient.plain(listener.port())) {
            assertEquals("login: ", client.readUntil("login: "));
            // What a telnet client sends at first: DO SUPPRESS-GO-AHEAD, WILL TERMINAL-TYPE, a subnegotiation.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(new byte[] {IAC, (byte) 253, 3, IAC, (byte) 251, 24, IAC, (byte) 250, 24, 0});
            bytes.writeBytes("VT100".getBytes(StandardCharsets.US_ASCII));
            bytes.writeBytes(new byte[] {IAC, (byte) 240});
            bytes.writeBytes("kio".getBytes(StandardCharsets.US_ASCII));
            client.send(bytes.toByteArray());
            Thread.sleep(50);
            client.send("sk\r\n");
            assertEquals("password: ", client.readUntil("password: "));
            client.send(new byte[] {'s', 'e', 'c', 'r', 'e', 't', '\r', 0}); // telnet's CR NUL
            assertEquals("Login OK.  Initiating SIP\r\n", client.readUntil("\r\n"));
            assertTrue(client.exchange("2300120240315    143022AOMAIN|AAp1|").startsWith("24"), "SIP2 after the login");
        }
        assertEquals(2, application.delivered.get(), "the login and the 23");
        assertEquals("kiosk", application.sessions.get(1).terminal().loginId());
        String log = listener.logText("23>24");
        assertTrue(log.contains("telnet login: *** password: ***"));
        assertFalse(log.contains("secret"), "the password never reaches the SIP log");
        assertFalse(log.contains("\"telnet login: kiosk"), "nor the login id, as with a 93's CN");
    }

    @Test
    void aWrongPasswordPromptsAgainAndTheThirdCloses() throws Exception {
        try (LineClient client = LineClient.plain(listener.port())) {
            client.readUntil("login: ");
            for (int attempt = 1; attempt <= 2; attempt++) {
                client.send("kiosk\r\n");
                client.readUntil("password: ");
                client.send("wrong\r\n");
                assertEquals("Invalid login\r\nlogin: ", client.readUntil("login: "));
            }
            client.send("kiosk\r\n");
            client.readUntil("password: ");
            client.send("wrong\r\n");
            assertEquals("Invalid login\r\n", new String(client.readToEnd(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void sipBeforeTheTelnetLoginIsTakenForTheLoginId() throws Exception {
        try (LineClient client = LineClient.plain(listener.port())) {
            client.readUntil("login: ");
            client.send("9300CNkiosk|COsecret|\r\n");
            assertEquals("password: ", client.readUntil("password: "));
        }
        assertEquals(0, application.delivered.get());
    }

    @Test
    void debiansTelnetLogsInAndSpeaksSip() throws Exception {
        DebianTools.require("expect", "expect");
        DebianTools.require("telnet", "telnet");
        String script = String.join(
                "\n",
                "set timeout 10",
                "spawn telnet 127.0.0.1 " + listener.port(),
                "expect \"login: \"",
                "send \"kiosk\\r\"",
                "expect \"password: \"",
                "send \"secret\\r\"",
                "expect \"Initiating SIP\"",
                "send \"9900302.00\\r\"",
                "expect {",
                "  -re \"98\\[YN]\" { exit 0 }",
                "  timeout { exit 1 }",
                "}");
        Process expect = new ProcessBuilder("expect", "-c", script)
                .redirectErrorStream(true)
                .start();
        byte[] transcript = expect.getInputStream().readAllBytes();
        assertTrue(expect.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, expect.exitValue(), new String(transcript, StandardCharsets.ISO_8859_1));
        assertEquals(2, application.delivered.get(), "the telnet login and the 99, nothing from telnet's options");
        assertNotNull(application.sessions.get(1).terminal());
    }
}
