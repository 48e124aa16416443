package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Durable acknowledgements (docs/security.md): a server of its own, on a database of its own, is
 * killed with SIGKILL while several terminals, each with its own account, check items out and in.
 * Every checkout and checkin that was answered "done" must be in the database afterwards, and a
 * request in flight at the kill is either wholly there or wholly absent. Then the server starts
 * again on that database and every terminal sends its last request again, byte for byte, as a
 * kiosk does after a lost connection: an answered one gets the same answer from the journal, an
 * unanswered one is carried out now if it was not before, and none is carried out twice.
 */
class CrashIT {

    /** Terminals: account, password, institution, patron, PIN, their own items. */
    private record Terminal(
            String account, String password, String institution, String patron, String pin, List<String> items) {}

    /** What the server acknowledged for an item, or that a request for it was unanswered at the kill. */
    private enum Acknowledged {
        OUT,
        IN,
        IN_FLIGHT
    }

    private static final List<Terminal> TERMINALS = List.of(
            new Terminal("term1", "term1", "CPL", "23529000000118", "p0118", Sip.books("39999000000", 41, 7)),
            new Terminal("crash2", "term1", "CPL", "23529000000120", "p0120", Sip.books("39999000000", 61, 7)),
            new Terminal("crash3", "term1", "CPL", "23529000000102", "p0102", Sip.books("39999000000", 81, 7)),
            new Terminal("sc1", "sc1", "FFZG", "1000000002", "p0002", Sip.books("31100000000", 2, 7)));

    private final Path dir = Path.of(System.getProperty("it.dir"), "crash");
    private final ItDatabase database = new ItDatabase(dir.resolve("db"), "crash");
    private ItServer server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
    }

    /** A terminal's last request and the reply it got, or {@code null} if none came before the kill. */
    private record Last(String request, String reply) {}

    @Test
    void everyAcknowledgedCheckoutAndCheckinSurvivesAKill9AndIsCarriedOutOnce() throws Exception {
        deleteDirectory();
        database.reset();
        server = startServer();
        server.kill();
        giveTheKiosksAccountsOfTheirOwn();
        server = startServer();
        Map<String, Last> last = new ConcurrentHashMap<>();
        Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        Map<String, String> borrower = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        ExecutorService kiosks = Executors.newFixedThreadPool(TERMINALS.size());
        List<Future<?>> drivers = new ArrayList<>();
        for (Terminal terminal : TERMINALS) {
            drivers.add(kiosks.submit(() -> drive(terminal, last, acknowledged, borrower, done)));
        }
        Instant until = Instant.now().plusSeconds(60);
        while (done.get() < 400 && Instant.now().isBefore(until)) {
            Thread.sleep(20);
        }
        server.kill();
        kiosks.shutdown();
        assertTrue(kiosks.awaitTermination(30, TimeUnit.SECONDS));
        for (Future<?> driver : drivers) {
            driver.get(); // a refusal before the kill fails the test here
        }
        assertTrue(done.get() >= 100, "load before the kill: " + done.get() + " acknowledged");

        try (Connection db = database.connect()) {
            for (Map.Entry<String, Acknowledged> entry : acknowledged.entrySet()) {
                String item = entry.getKey();
                State state = state(db, item);
                String context = item + " acknowledged " + entry.getValue() + ", database: " + state;
                switch (entry.getValue()) {
                    case OUT -> assertEquals(new State("04", 1, borrower.get(item)), state, context);
                    case IN -> assertEquals(new State("03", 0, null), state, context);
                    case IN_FLIGHT ->
                        assertTrue(
                                state.equals(new State("03", 0, null))
                                        || state.equals(new State("04", 1, borrower.get(item))),
                                "all or nothing: " + context);
                }
            }
        }

        server = startServer();
        for (Terminal terminal : TERMINALS) {
            Last before = last.get(terminal.account());
            try (SipClient kiosk = loggedIn(terminal)) {
                String again = kiosk.exchange(before.request());
                String context = terminal.account() + " sent " + before.request() + " again: " + again;
                if (before.reply() != null) {
                    assertEquals(before.reply(), again, "answered before the kill: the same answer from the journal");
                } else if (before.request().startsWith("11")) {
                    assertTrue(
                            again.startsWith("121N"), "a loan, not a renewal of one made before the kill: " + context);
                } else {
                    assertTrue(
                            again.startsWith("101") && !again.contains("not checked out"),
                            "a return, once: " + context);
                }
            }
        }
    }

    /** Checks each of the terminal's items out and back in, round after round, until the connection dies. */
    private void drive(
            Terminal terminal,
            Map<String, Last> last,
            Map<String, Acknowledged> acknowledged,
            Map<String, String> borrower,
            AtomicInteger done) {
        try (SipClient kiosk = loggedIn(terminal)) {
            for (int round = 0; ; round++) {
                for (String item : terminal.items()) {
                    String inst = terminal.institution();
                    boolean out = round % 2 == 0;
                    String request = out
                            ? "11YN" + Sip.now() + " ".repeat(18) + "AO" + inst + "|AA" + terminal.patron() + "|AB"
                                    + item + "|AC|AD" + terminal.pin() + "|"
                            : "09N" + Sip.now() + Sip.now() + "AP" + inst + "|AO" + inst + "|AB" + item + "|AC|";
                    borrower.put(item, terminal.patron());
                    acknowledged.put(item, Acknowledged.IN_FLIGHT);
                    last.put(terminal.account(), new Last(request, null));
                    String reply = kiosk.exchange(request);
                    last.put(terminal.account(), new Last(request, reply));
                    if (!reply.startsWith(out ? "121" : "101")) {
                        fail("refused: " + request + " -> " + reply);
                    }
                    acknowledged.put(item, out ? Acknowledged.OUT : Acknowledged.IN);
                    done.incrementAndGet();
                }
            }
        } catch (IOException killed) {
            // the server is gone: what was acknowledged is recorded
        }
    }

    private record State(String status, int openLoans, String borrower) {}

    private static SipClient loggedIn(Terminal terminal) throws IOException {
        SipClient kiosk = new SipClient(Integer.getInteger("it.crash.sip.port"), StandardCharsets.UTF_8);
        String login = kiosk.exchange(
                "9300CN" + terminal.account() + "|CO" + terminal.password() + "|CP" + terminal.institution() + "|");
        assertEquals("941", login);
        return kiosk;
    }

    /** Copies of the demo account term1 (same password), so that each kiosk's latest request is its own. */
    private void giveTheKiosksAccountsOfTheirOwn() throws SQLException {
        try (Connection db = database.connect()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet column = db.getMetaData().getColumns(null, null, database.table("terminal_account"), null)) {
                while (column.next()) {
                    String name = column.getString("COLUMN_NAME");
                    if (!name.equalsIgnoreCase("ID") && !name.equalsIgnoreCase("LOGIN_ID")) {
                        columns.add(name);
                    }
                }
            }
            String copied = String.join(", ", columns);
            for (Terminal terminal : TERMINALS) {
                if (terminal.account().startsWith("crash")) {
                    try (PreparedStatement copy = db.prepareStatement("insert into terminal_account (login_id, "
                            + copied + ") select ?, " + copied + " from terminal_account where login_id = 'term1'")) {
                        copy.setString(1, terminal.account());
                        assertEquals(1, copy.executeUpdate());
                    }
                }
            }
        }
    }

    private void deleteDirectory() throws IOException {
        if (Files.exists(dir)) {
            try (var old = Files.walk(dir)) {
                old.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private static State state(Connection db, String item) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select i.circulation_status,"
                + " (select count(*) from loan l where l.item_id = i.id and l.returned_at is null),"
                + " (select p.barcode from loan l join patron p on p.id = l.patron_id where l.item_id = i.id "
                + "and l.returned_at is null)"
                + " from item i where i.barcode = ?")) {
            query.setString(1, item);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), item);
                return new State(row.getString(1), row.getInt(2), row.getString(3));
            }
        }
    }

    private ItServer startServer() throws IOException, InterruptedException {
        return ItServer.start(
                dir,
                Integer.getInteger("it.crash.sip.port"),
                Integer.getInteger("it.crash.http.port"),
                database.serverOptions(),
                "pre-boot.txt",
                List.of("--nocluster"));
    }
}
