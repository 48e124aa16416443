package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A clean stop under load (docs/operations.md, "Stopping the server"): a server of its own, with
 * its SIP log going to a file and to a syslog socket of this test, is sent SIGTERM while kiosks
 * check items out, look patrons up and check items in. The server must exit by itself; every
 * reply a kiosk got must be whole (a CR-terminated frame), every checkout and checkin it was told
 * about must be in the database, every patron lookup it was answered must be in the transaction
 * log (those rows are written in batches, the last at the stop), and the SIP log must hold the
 * exchanges in the file and in syslog, with no PIN and no password in syslog.
 */
class ShutdownIT {

    private record Kiosk(String patron, String pin, List<String> items) {}

    /** Demo patrons of CPL with their PINs, each with demo books of their own (this server has its own database). */
    private static final List<Kiosk> KIOSKS = List.of(
            new Kiosk("23529000000118", "p0118", List.of("39999000000041", "39999000000042", "39999000000043")),
            new Kiosk("23529000000120", "p0120", List.of("39999000000044", "39999000000046", "39999000000048")),
            new Kiosk("23529000000102", "p0102", List.of("39999000000051", "39999000000052", "39999000000053")),
            new Kiosk("23529000000119", "p0119", List.of("39999000000054", "39999000000056", "39999000000058")));

    private enum Acknowledged {
        OUT,
        IN
    }

    /** The screen message of the failure form of a response: the request was not carried out. */
    private static final String UNAVAILABLE = "System unavailable";

    private final Path dir = Path.of(System.getProperty("it.dir"), "shutdown");
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, String> borrower = new ConcurrentHashMap<>();
    private final AtomicInteger checkouts = new AtomicInteger();
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private final Queue<String> cutReplies = new ConcurrentLinkedQueue<>();
    private final Queue<String> syslogLines = new ConcurrentLinkedQueue<>();
    private final ItDatabase database = new ItDatabase(dir.resolve("db"), "shutdown");
    private ItServer server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void sigtermUnderLoadLosesNoAcknowledgedRequestAndCutsNoReply() throws Exception {
        deleteDirectory();
        database.reset();
        try (DatagramSocket syslog = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            Thread receiver = Thread.ofPlatform().daemon().start(() -> receive(syslog));
            List<String> options = new ArrayList<>(database.serverOptions());
            options.addAll(List.of(
                    "-Dsip.log.to=file,syslog",
                    "-Dsip.syslog.host=127.0.0.1",
                    "-Dsip.syslog.port=" + syslog.getLocalPort(),
                    "-Dsip.syslog.app.name=sip2-shutdown-it"));
            server = ItServer.start(
                    dir,
                    Integer.getInteger("it.shutdown.sip.port"),
                    Integer.getInteger("it.shutdown.http.port"),
                    options,
                    "pre-boot.txt",
                    List.of("--nocluster"));
            ExecutorService kiosks = Executors.newFixedThreadPool(KIOSKS.size());
            List<Future<?>> drivers = new ArrayList<>();
            for (Kiosk kiosk : KIOSKS) {
                drivers.add(kiosks.submit(() -> drive(kiosk)));
            }
            Instant until = Instant.now().plusSeconds(90);
            while (answered.get() < 150 && Instant.now().isBefore(until)) {
                Thread.sleep(20);
            }
            assertTrue(server.terminate(Duration.ofMinutes(2)), "the server exits by itself after SIGTERM");
            kiosks.shutdown();
            assertTrue(kiosks.awaitTermination(30, TimeUnit.SECONDS));
            for (Future<?> driver : drivers) {
                driver.get();
            }
            Thread.sleep(500); // the last datagrams
            receiver.interrupt();
        }
        assertTrue(answered.get() >= 50, "load before the stop: " + answered.get() + " replies");
        assertTrue(cutReplies.isEmpty(), "replies cut off: " + cutReplies);

        try (Connection db = database.connect()) {
            for (Map.Entry<String, Acknowledged> entry : acknowledged.entrySet()) {
                String item = entry.getKey();
                String context = item + " acknowledged " + entry.getValue();
                if (entry.getValue() == Acknowledged.OUT) {
                    assertEquals(borrower.get(item), borrowerOf(db, item), context);
                } else {
                    assertEquals(null, borrowerOf(db, item), context);
                }
            }
            assertTrue(
                    count(db, "select count(*) from sip_transaction where message_type = '63'") >= lookups.get(),
                    "every answered lookup is in the transaction log: " + lookups.get());
        }

        String sipLog = Files.readString(dir.resolve("logs/sip.log"));
        assertTrue(sipLog.contains("-- listener stopped"), "the SIP log is flushed to its end");
        assertTrue(
                sipLog.lines().filter(line -> line.contains(" 11>12 ")).count() >= checkouts.get(),
                "every acknowledged checkout is in the SIP log: " + checkouts.get());
        assertTrue(
                syslogLines.stream().anyMatch(line -> line.contains("sip2-shutdown-it") && line.contains(" 11>12 ")),
                "the SIP log reaches syslog: " + syslogLines.size() + " lines");
        assertTrue(syslogLines.stream().anyMatch(line -> line.contains("-- listener stopped")), "to its end");
        for (String line : syslogLines) {
            assertFalse(line.contains("COterm1"), "no terminal password in syslog: " + line);
            for (Kiosk kiosk : KIOSKS) {
                assertFalse(line.contains(kiosk.pin()), "no PIN in syslog: " + line);
            }
        }
    }

    /** Checks each of the kiosk's items out, looks the patron up, checks the item in, until the server goes. */
    private void drive(Kiosk kiosk) {
        try (Socket socket = new Socket("127.0.0.1", Integer.getInteger("it.shutdown.sip.port"))) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            assertEquals("941", exchange(out, in, "9300CNterm1|COterm1|CPCPL|"));
            while (true) {
                for (String item : kiosk.items()) {
                    borrower.put(item, kiosk.patron());
                    String checkout = exchange(
                            out,
                            in,
                            "11YN" + Sip.now() + " ".repeat(18) + "AOCPL|AA" + kiosk.patron() + "|AB" + item + "|AC|AD"
                                    + kiosk.pin() + "|");
                    if (checkout.startsWith("121")) {
                        acknowledged.put(item, Acknowledged.OUT);
                        checkouts.incrementAndGet();
                    }
                    String lookup = exchange(
                            out,
                            in,
                            "63001" + Sip.now() + "          AOCPL|AA" + kiosk.patron() + "|AC|AD" + kiosk.pin() + "|");
                    if (lookup.startsWith("64") && !lookup.contains("|AF" + UNAVAILABLE)) {
                        lookups.incrementAndGet();
                    }
                    if (exchange(out, in, Sip.checkin(item)).startsWith("101")) {
                        acknowledged.put(item, Acknowledged.IN);
                    }
                }
            }
        } catch (IOException closed) {
            // the server has stopped: what was acknowledged is recorded
        }
    }

    /** One request and its whole reply; a reply that ends before its CR is recorded as cut. */
    private String exchange(OutputStream out, InputStream in, String request) throws IOException {
        out.write((request + "\r").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        try {
            while ((b = in.read()) != '\r') {
                if (b < 0) {
                    throw new IOException("closed");
                }
                reply.write(b);
            }
        } catch (IOException e) {
            if (reply.size() > 0) {
                cutReplies.add(reply.toString(StandardCharsets.ISO_8859_1));
            }
            throw e;
        }
        answered.incrementAndGet();
        return reply.toString(StandardCharsets.ISO_8859_1);
    }

    private void receive(DatagramSocket syslog) {
        DatagramPacket packet = new DatagramPacket(new byte[8192], 8192);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                syslog.receive(packet);
                syslogLines.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
            }
        } catch (SocketException closed) {
            // the test is over
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String borrowerOf(Connection db, String item) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select p.barcode from loan l"
                + " join patron p on p.id = l.patron_id join item i on i.id = l.item_id"
                + " where i.barcode = ? and l.returned_at is null")) {
            query.setString(1, item);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private void deleteDirectory() throws IOException {
        if (Files.exists(dir)) {
            try (var old = Files.walk(dir)) {
                old.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
