package org.sip2.connector.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sip2.connector.api.AddressRange;
import org.sip2.connector.api.ListenerDefinition;
import org.sip2.connector.api.ListenerState;
import org.sip2.connector.api.ListenerTls;
import org.sip2.connector.api.ListenerTransport;

/** Listeners kept in step with their definitions: bind, rebind, stop, and report what failed. */
class ListenerGroupTest {

    @TempDir
    Path logDir;

    private final TestApplication application = new TestApplication();
    private ExecutorService workers;
    private ExecutorService loops;
    private ListenerGroup group;

    @BeforeEach
    void start() {
        workers = Executors.newFixedThreadPool(2);
        loops = Executors.newCachedThreadPool();
        group = new ListenerGroup(
                application,
                workers,
                loops,
                logDir.resolve("sip.log"),
                null,
                new TlsMaterial(null, null, null, null),
                StandardCharsets.ISO_8859_1,
                3,
                Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        group.close();
        workers.shutdownNow();
        loops.shutdownNow();
    }

    private static ListenerDefinition raw(String name, int port, int idleTimeout, List<AddressRange> allowed) {
        return new ListenerDefinition(
                name,
                "127.0.0.1",
                port,
                ListenerTransport.RAW,
                ListenerTls.OFF,
                30,
                idleTimeout,
                256,
                1024,
                50,
                50,
                allowed);
    }

    private int port(String name) {
        ListenerState state = state(name);
        assertTrue(state.bound(), name + " bound: " + state);
        return Integer.parseInt(state.address().substring(state.address().lastIndexOf(':') + 1));
    }

    private ListenerState state(String name) {
        return group.states().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aBindingErrorLeavesTheOthersRunningAndIsRetriedAtTheNextChange() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            group.apply(List.of(
                    raw("a", 0, 0, List.of()),
                    raw("b", taken.getLocalPort(), 0, List.of()),
                    new ListenerDefinition(
                            "c",
                            "no.such.host.invalid",
                            0,
                            ListenerTransport.RAW,
                            ListenerTls.OFF,
                            30,
                            0,
                            256,
                            1024,
                            50,
                            50,
                            List.of())));
            assertFalse(state("b").bound());
            assertTrue(
                    state("b").error().toLowerCase().contains("in use"),
                    state("b").error());
            assertFalse(state("c").bound());
            assertNotNull(state("c").error());
            try (LineClient client = LineClient.plain(port("a"))) {
                assertEquals("941", client.exchange("9300CNkiosk|COsecret|"));
            }
        }
        group.apply(List.of(raw("a", 0, 0, List.of()), raw("b", 0, 0, List.of())));
        assertTrue(state("b").bound(), "retried once the port was free");
        assertNull(state("b").error());
        assertEquals(2, group.states().size());
    }

    @Test
    void anUnchangedListenerKeepsItsConnectionsAChangedOneRebindsARemovedOneStops() throws Exception {
        group.apply(
                List.of(raw("keep", 0, 0, List.of()), raw("change", 0, 0, List.of()), raw("drop", 0, 0, List.of())));
        int dropPort = port("drop");
        try (LineClient kept = LineClient.plain(port("keep"));
                LineClient changed = LineClient.plain(port("change"));
                LineClient dropped = LineClient.plain(dropPort)) {
            assertEquals("941", kept.exchange("9300CNkiosk|COsecret|"));
            assertEquals("941", changed.exchange("9300CNkiosk|COsecret|"));
            assertEquals("941", dropped.exchange("9300CNkiosk|COsecret|"));
            assertEquals(1, state("keep").connections());

            group.apply(List.of(raw("keep", 0, 0, List.of()), raw("change", 0, 600, List.of())));

            assertTrue(kept.exchange("2300120240315    143022AOMAIN|AAp1|").startsWith("24"), "untouched");
            assertNotNull(changed.readToEnd(), "a changed listener's connections are closed");
            assertNotNull(dropped.readToEnd(), "a removed listener's connections are closed");
            assertThrows(
                    ConnectException.class, () -> LineClient.plain(dropPort).close(), "no longer accepting");
            try (LineClient again = LineClient.plain(port("change"))) {
                assertEquals("941", again.exchange("9300CNkiosk|COsecret|"), "the changed listener is bound again");
            }
        }
        assertEquals(
                List.of("keep", "change"),
                group.states().stream().map(ListenerState::name).toList());
    }

    @Test
    void aRemovedListenerAnswersTheRequestInProgressBeforeItCloses() throws Exception {
        group.apply(List.of(raw("busy", 0, 0, List.of())));
        try (LineClient client = LineClient.plain(port("busy"))) {
            assertEquals("941", client.exchange("9300CNkiosk|COsecret|"));
            client.send("2300120240315    143022AOMAIN|AAslow|\r");
            Thread.sleep(300); // the slow request is being processed
            Thread remover = Thread.ofPlatform().start(() -> group.apply(List.of()));
            assertTrue(client.readLine().startsWith("24"), "the request in progress is answered");
            assertNotNull(client.readToEnd(), "then the connection is closed");
            remover.join(10_000);
            assertFalse(remover.isAlive());
        }
        assertEquals(List.of(), group.states());
    }

    @Test
    void aConnectionFromOutsideTheAllowedRangesIsClosedAtOnce() throws Exception {
        group.apply(List.of(
                raw("lan", 0, 0, AddressRange.parseList("10.0.0.0/8, 192.168.1.7")),
                raw("local", 0, 0, AddressRange.parseList("127.0.0.0/8"))));
        try (LineClient outsider = LineClient.plain(port("lan"))) {
            outsider.send("9300CNkiosk|COsecret|\r");
            byte[] answer = outsider.readToEnd();
            assertNotNull(answer);
            assertEquals(0, answer.length);
        }
        try (LineClient insider = LineClient.plain(port("local"))) {
            assertEquals("941", insider.exchange("9300CNkiosk|COsecret|"));
        }
        assertEquals(1, application.delivered.get());
        Path log = logDir.resolve("sip.log");
        for (int i = 0; i < 100 && !(Files.exists(log) && Files.readString(log).contains("allowed ranges")); i++) {
            Thread.sleep(50);
        }
        assertTrue(Files.readString(log).contains("is outside the allowed ranges of listener lan"));
    }

    @Test
    void aTlsListenerWithoutAKeystoreSaysSo() {
        group.apply(List.of(new ListenerDefinition(
                "tls", "127.0.0.1", 0, ListenerTransport.RAW, ListenerTls.ON, 30, 0, 256, 1024, 50, 50, List.of())));
        assertFalse(state("tls").bound());
        assertTrue(
                state("tls").error().contains("sip.tls.keystore"), state("tls").error());
    }

    @Test
    void rangesParseAndMatch() throws IOException {
        List<AddressRange> ranges = AddressRange.parseList("10.1.0.0/16, ::1, 192.168.0.5");
        assertEquals("[10.1.0.0/16, 0:0:0:0:0:0:0:1, 192.168.0.5]", ranges.toString());
        assertTrue(ranges.get(0).contains(InetAddress.getByName("10.1.255.3")));
        assertFalse(ranges.get(0).contains(InetAddress.getByName("10.2.0.1")));
        assertFalse(ranges.get(2).contains(InetAddress.getByName("192.168.0.6")));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("library.example.org"));
        assertThrows(IllegalArgumentException.class, () -> AddressRange.parse("10.0.0.0/33"));
    }
}
