package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
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
import java.util.Arrays;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The production shape of docs/operations.md: two instances clustered on one PostgreSQL database,
 * HAProxy in front (least connections, a SIP login as health check). First a terminal goes from
 * instance a to b and back, and its resend on a is answered from the journal; a checkout behind a row
 * lock is refused after the lock timeout; changes on a's console (a listener for b, a disabled account)
 * take effect on b within seconds. Then two dozen kiosks,
 * each with its own account, patron and books, check out and in through HAProxy; a kiosk that loses its connection
 * reconnects and sends its unanswered request again, byte for byte, as kiosks do. In the middle
 * one instance is killed with SIGKILL; later PostgreSQL is stopped for 30 seconds. Afterwards
 * every acknowledged checkout and checkin is in the database exactly once, no item has two open
 * loans, no retransmission was carried out twice, the 98 said off-line while the database was
 * down, and the surviving instance served again without a restart. Runs on the PostgreSQL run.
 */
class ClusterFailoverIT {

    private static final int KIOSKS = 24;
    private static final int BOOKS_PER_KIOSK = 3;
    /** The kiosks' patrons and books (this test's prefixes): kiosk k lends its own books to its own patron. */
    private static final String PATRONS = "23529000009";

    private static final String BOOKS = "39999000009";
    /** An adult demo patron with neither loans nor fines, and his PIN; a demo book on the shelf. */
    private static final String PATRON_TEMPLATE = "23529000000118";

    private static final String PATRON_PIN = "p0118";
    private static final String BOOK_TEMPLATE = "39999000000041";
    /** The account, patron and book of the terminal that goes from instance a to b and back. */
    private static final String ROAMING = "PGS-ROAM";

    private static final String ROAMING_PATRON = PATRONS + "900";
    private static final String ROAMING_BOOK = BOOKS + "900";
    /** The account, patron and book of the checkout that waits behind a row lock (this step's prefixes). */
    private static final String LOCKED_OUT = "c12-lock";

    private static final String LOCKED_PATRON = "23529000008001";
    private static final String LOCKED_BOOK = "39999000008001";
    /** The account disabled on instance a's console while it is logged in on instance b. */
    private static final String DISABLED_ON_A = "c12-disable";
    /** The listener saved on instance a's console for instance b. */
    private static final String LISTENER_OF_B = "c12-on-b";

    private final Path dir = Path.of(System.getProperty("it.dir"), "cluster");
    private final ItDatabase database = new ItDatabase(dir.resolve("db"), "failover");
    private final int[] ports = Arrays.stream(
                    System.getProperty("it.cluster.ports", "").split(","))
            .filter(port -> !port.isBlank())
            .mapToInt(Integer::parseInt)
            .toArray();
    private final List<AutoCloseable> started = new ArrayList<>();

    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger reconnects = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private final Queue<String> violations = new ConcurrentLinkedQueue<>();
    /** Per item: the checkouts and checkins acknowledged, and the last one. */
    private final Map<String, int[]> counts = new ConcurrentHashMap<>();

    private final Map<String, Boolean> out = new ConcurrentHashMap<>();
    private final AtomicBoolean stop = new AtomicBoolean();

    @AfterEach
    void stopEverything() throws Exception {
        stop.set(true);
        for (AutoCloseable process : started.reversed()) {
            process.close();
        }
    }

    @Test
    void kiosksThroughHaproxyLoseNothingWhenAnInstanceDiesOrTheDatabaseRestarts() throws Exception {
        assumeTrue(ItDatabase.onPostgres(), "several instances need the shared PostgreSQL database");
        if (Files.exists(dir)) { // the logs of an earlier run: this one's are read
            try (var old = Files.walk(dir)) {
                old.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
        database.reset();
        ItServer a = instance("a", ports[0], ports[2]);
        giveTheKiosksAccountsPatronsAndBooksOfTheirOwn();
        ItServer b = instance("b", ports[1], ports[3]);
        assertTrue(
                b.log().contains("Instance b in cluster") && b.log().contains("with 2 member(s)"),
                "instance b joined instance a's data grid");
        aTerminalBackOnTheFirstInstanceIsJudgedByWhatTheSecondServed();
        aRequestBehindARowLockIsRefusedWhenTheLockTimeoutRunsOut();
        consoleChangesOnOneInstanceTakeEffectOnTheOther(b);
        startHaproxy();

        ExecutorService pool = Executors.newFixedThreadPool(KIOSKS);
        List<Future<?>> kiosks = new ArrayList<>();
        for (int k = 0; k < KIOSKS; k++) {
            int kiosk = k;
            kiosks.add(pool.submit(() -> drive(kiosk)));
        }
        await("load before the kill", () -> acknowledged.get() >= 200, 180);

        a.kill();
        int atKill = acknowledged.get();
        await("kiosks served again after the kill", () -> acknowledged.get() >= atKill + 200, 240);
        assertTrue(reconnects.get() > 0, "the kiosks of the killed instance reconnected");

        int beforeOutage = acknowledged.get();
        AtomicBoolean offline = new AtomicBoolean();
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        watcher.submit(() -> watchStatus(offline));
        String[] control = System.getProperty("it.postgres.control").split(" "); // the script, its data folder
        Process pause = new ProcessBuilder("bash", control[0], "pause", control[1], "30")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs/postgres-pause.log").toFile())
                .start();
        assertTrue(
                pause.waitFor(3, TimeUnit.MINUTES) && pause.exitValue() == 0, "PostgreSQL stopped and started again");
        int afterOutage = acknowledged.get();
        await(
                "kiosks served again after the database restart, no server restarted",
                () -> acknowledged.get() >= afterOutage + 100,
                240);
        watcher.shutdownNow();

        stop.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(3, TimeUnit.MINUTES), "every kiosk finished its request in hand");
        for (Future<?> kiosk : kiosks) {
            kiosk.get();
        }
        assertTrue(
                offline.get() || refusals.get() > 0,
                "while PostgreSQL was down the 98 said off-line or requests were refused, from " + beforeOutage);
        assertEquals(List.of(), List.copyOf(violations), "no retransmission carried out twice");
        try (Connection db = database.connect()) {
            for (Map.Entry<String, int[]> item : counts.entrySet()) {
                int[] loans = loans(db, item.getKey());
                String context = item.getKey() + ": acknowledged " + item.getValue()[0] + " checkouts and "
                        + item.getValue()[1] + " checkins; database: " + loans[0] + " loans, " + loans[1] + " returned";
                assertEquals(item.getValue()[0], loans[0], "every acknowledged checkout exactly once: " + context);
                assertEquals(item.getValue()[1], loans[1], "every acknowledged checkin exactly once: " + context);
                assertEquals(out.get(item.getKey()) ? 1 : 0, loans[0] - loans[1], "open loans: " + context);
            }
        }
    }

    /**
     * A terminal that asks a question on A, checks out on B, loses the reply and resends the checkout
     * on A: A got word of the login on B and answers from the journal, not with a second checkout
     * (which would be a renewal of the patron's own loan).
     */
    private void aTerminalBackOnTheFirstInstanceIsJudgedByWhatTheSecondServed() throws Exception {
        String checkout = Sip.checkout(ROAMING_PATRON, PATRON_PIN, ROAMING_BOOK, false, null);
        String first;
        try (SipClient onA = loggedIn(ports[0], ROAMING)) {
            assertTrue(onA.exchange(Sip.itemInformation(ROAMING_BOOK)).startsWith("18"));
        }
        try (SipClient onB = loggedIn(ports[1], ROAMING)) {
            first = onB.exchange(checkout);
            assertTrue(first.startsWith("121N"), "checked out on B: " + first);
        }
        pause(1000); // the notice of the login on B travels while the kiosk waits in vain for its reply
        try (SipClient backOnA = loggedIn(ports[0], ROAMING)) {
            assertEquals(first, backOnA.exchange(checkout), "the resend on A is answered from the journal");
        }
        try (Connection db = database.connect();
                PreparedStatement query = db.prepareStatement("select count(*), sum(l.renewals) from loan l"
                        + " join item i on i.id = l.item_id where i.barcode = ?")) {
            query.setString(1, ROAMING_BOOK);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(List.of(1, 0), List.of(row.getInt(1), row.getInt(2)), "one loan, never renewed");
            }
        }
    }

    /**
     * Another transaction (here the test's own JDBC connection) holds the item's row lock: the checkout
     * waits the lock timeout of 10 s (docs/operations.md), then is refused with "try again", never hangs
     * and never says done; once the lock is gone the same checkout is carried out.
     */
    private void aRequestBehindARowLockIsRefusedWhenTheLockTimeoutRunsOut() throws Exception {
        String checkout = Sip.checkout(LOCKED_PATRON, PATRON_PIN, LOCKED_BOOK, false, null);
        try (Connection other = database.connect();
                SipClient kiosk = loggedIn(ports[0], LOCKED_OUT)) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select id from item where barcode = ? for update")) {
                lock.setString(1, LOCKED_BOOK);
                try (ResultSet locked = lock.executeQuery()) {
                    assertTrue(locked.next(), "the item is locked");
                }
            }
            Instant sent = Instant.now();
            String refused = kiosk.exchange(checkout); // SipClient gives up after 15 s: that would be a hang
            long waited = Duration.between(sent, Instant.now()).toSeconds();
            other.rollback();
            assertTrue(refused.startsWith("120") && refused.contains("try again"), "refused: " + refused);
            assertTrue(waited >= 9, "refused after the lock timeout, not before: " + waited + " s");
            assertTrue(kiosk.exchange(checkout).startsWith("121"), "carried out once the lock is released");
            assertEquals(1, loans(other, LOCKED_BOOK)[0], "one loan: the refused checkout left none");
        }
    }

    /**
     * Instance a's console, in a browser as an admin uses it: a listener saved there for instance b is bound by b
     * within seconds (and shown so on a's page), and stops on b when removed on a; an account disabled there has
     * its connection on b closed within seconds, and logs in on b no more.
     */
    private void consoleChangesOnOneInstanceTakeEffectOnTheOther(ItServer b) throws Exception {
        WebDriver browser = ItBrowser.headless();
        try {
            WebDriverWait wait = ItBrowser.signedInAsAdmin(
                    browser, "http://127.0.0.1:" + ports[2], "/console/listeners.xhtml", "SIP2 listeners");
            aListenerSavedOnAForBIsBoundByBAlone(browser, wait, b);
            aPolicyChangedOnAHoldsOnBAtOnce(browser, wait);
            anAccountDisabledOnAIsClosedOnB(browser, wait);
        } finally {
            browser.quit();
        }
    }

    private void aListenerSavedOnAForBIsBoundByBAlone(WebDriver browser, WebDriverWait wait, ItServer b)
            throws Exception {
        int port = ports[6];
        ItBrowser.click(wait, By.id("listeners:new"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:name")))
                .sendKeys(LISTENER_OF_B);
        WebElement bind = browser.findElement(By.id("edit:bind"));
        bind.clear();
        bind.sendKeys("127.0.0.1");
        browser.findElement(By.id("edit:port_input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(port));
        browser.findElement(By.id("edit:instance")).sendKeys("b");
        ItBrowser.click(wait, By.id("edit:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Listener " + LISTENER_OF_B + " saved"));
        await(
                "instance b serves on the listener saved on a",
                () -> {
                    try (SipClient onB = new SipClient(port, StandardCharsets.ISO_8859_1)) {
                        return onB.exchange("9300CN" + LOCKED_OUT + "|COterm1|CPCPL|")
                                .equals("941");
                    } catch (IOException notYet) {
                        return false;
                    }
                },
                10);
        await(
                "a's page shows the listener bound on b and on b alone",
                () -> {
                    ItBrowser.click(wait, By.id("listeners:refresh"));
                    String row = listenerRow(browser, LISTENER_OF_B);
                    return row.contains("b: listening on 127.0.0.1:" + port) && !row.contains("a: ");
                },
                20);
        assertTrue(b.log().contains("SIP2 listeners changed on another instance"), "b reloaded on a's notice");

        ItBrowser.click(wait, By.xpath("//tr[td[1][text()='" + LISTENER_OF_B + "']]//button[contains(@id,'remove')]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "Listener " + LISTENER_OF_B + " removed"));
        await(
                "instance b stops listening once the listener is removed on a",
                () -> {
                    try (Socket probe = new Socket("127.0.0.1", port)) {
                        return false;
                    } catch (IOException refused) {
                        return true;
                    }
                },
                10);
    }

    /**
     * Instance b keeps the institutions in memory once a request has read them: a policy saved on a's console
     * evicts them on b too, so b's next checkout is judged by the new policy, and by the old one again once it
     * is restored. The checkouts name no patron of the library, so they change nothing whichever way they go, and
     * each names another one, so that none is a retransmission of the one before (answered from the journal).
     */
    private void aPolicyChangedOnAHoldsOnBAtOnce(WebDriver browser, WebDriverWait wait) throws Exception {
        AtomicInteger attempt = new AtomicInteger();
        Supplier<String> checkout = () -> "11NN" + Sip.now() + " ".repeat(18) + "AOCPL|AAc12-nobody-"
                + attempt.incrementAndGet() + "|AB" + LOCKED_BOOK + "|AC|";
        try (SipClient onB = loggedIn(ports[1], LOCKED_OUT)) {
            String first = onB.exchange(checkout.get());
            assertFalse(first.contains("AFCheckout is not allowed"), "checkouts allowed at first: " + first);
            browser.get("http://127.0.0.1:" + ports[2] + "/console/institutions.xhtml");
            togglePolicyCheckout(wait);
            await(
                    "b refuses checkouts once a forbids them",
                    () -> answer(onB, checkout.get()).contains("AFCheckout is not allowed at this library|"),
                    5);
            togglePolicyCheckout(wait);
            await(
                    "b allows checkouts once a allows them again",
                    () -> !answer(onB, checkout.get()).contains("AFCheckout is not allowed"),
                    5);
        }
    }

    /** Opens CPL on a's Institutions page, turns its checkout flag over and saves. */
    private static void togglePolicyCheckout(WebDriverWait wait) {
        ItBrowser.click(wait, By.id("institutions:list:0:open"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("policy"), "Institution CPL"));
        ItBrowser.click(wait, By.cssSelector("#policy\\:checkout .ui-chkbox-box"));
        ItBrowser.click(wait, By.id("policy:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Institution CPL saved"));
    }

    private static String answer(SipClient terminal, String request) {
        try {
            return terminal.exchange(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void anAccountDisabledOnAIsClosedOnB(WebDriver browser, WebDriverWait wait) throws Exception {
        try (SipClient onB = loggedIn(ports[1], DISABLED_ON_A)) {
            assertTrue(onB.exchange("9900302.00").startsWith("98"), "logged in on b");
            browser.get("http://127.0.0.1:" + ports[2] + "/console/accounts.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("[id='accounts:list'] input.ui-column-filter")))
                    .sendKeys(DISABLED_ON_A);
            By toggle = By.xpath("//tr[td[1][text()='" + DISABLED_ON_A + "']]//button[contains(@id,'toggle')]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(toggle, "Disable"));
            Instant disabled = Instant.now();
            ItBrowser.click(wait, toggle);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "Terminal account " + DISABLED_ON_A + " disabled"));
            assertTrue(onB.closedByServer(), "b closed the connection of the account disabled on a");
            long seconds = Duration.between(disabled, Instant.now()).toSeconds();
            assertTrue(seconds <= 5, "closed on b within seconds, not " + seconds);
        }
        try (SipClient again = new SipClient(ports[1], StandardCharsets.ISO_8859_1)) {
            assertEquals("940", again.exchange("9300CN" + DISABLED_ON_A + "|COterm1|CPCPL|"), "no login on b");
        }
    }

    /** The text of the listener's row on the Listeners page, or "" while it is being rendered again. */
    private static String listenerRow(WebDriver browser, String name) {
        try {
            return browser.findElement(By.xpath("//tr[td[1][text()='" + name + "']]"))
                    .getText();
        } catch (NoSuchElementException | StaleElementReferenceException notThereNow) {
            return "";
        }
    }

    private static SipClient loggedIn(int port, String account) throws IOException {
        SipClient client = new SipClient(port, StandardCharsets.ISO_8859_1);
        assertEquals("941", client.exchange("9300CN" + account + "|COterm1|CPCPL|"), account + " logs in");
        return client;
    }

    /** Checks the kiosk's books out and back in, round after round, each request until it is acknowledged. */
    private void drive(int kiosk) {
        String account = account(kiosk);
        String patron = patron(kiosk);
        List<String> books = books(kiosk);
        Connected connection = new Connected(account);
        try {
            for (int round = 0; !stop.get(); round++) {
                for (String book : books) {
                    boolean checkout = round % 2 == 0;
                    String request = checkout ? Sip.checkout(patron, PATRON_PIN, book, false, null) : Sip.checkin(book);
                    String reply = connection.untilAnswered(request);
                    if (checkout ? reply.startsWith("121Y") : reply.contains("not checked out")) {
                        violations.add(account + " " + request + " -> " + reply);
                    }
                    counts.computeIfAbsent(book, b -> new int[2])[checkout ? 0 : 1]++;
                    out.put(book, checkout);
                    acknowledged.incrementAndGet();
                }
            }
        } finally {
            connection.close();
        }
    }

    /** A kiosk's connection through HAProxy: reconnects after a loss and sends the same request again. */
    private final class Connected {
        private final String account;
        private SipClient client;

        Connected(String account) {
            this.account = account;
        }

        String untilAnswered(String request) {
            Instant deadline = Instant.now().plusSeconds(150);
            while (Instant.now().isBefore(deadline)) {
                try {
                    if (client == null) {
                        client = loggedIn();
                    }
                    String reply = client.exchange(request);
                    if (reply.startsWith("121") || reply.startsWith("101")) {
                        return reply;
                    }
                    refusals.incrementAndGet(); // refused (the database is away): the kiosk tries again
                } catch (IOException lost) {
                    close();
                    reconnects.incrementAndGet();
                }
                pause(300);
            }
            throw new AssertionError(account + " got no acknowledgement within 150 s for " + request);
        }

        private SipClient loggedIn() throws IOException {
            SipClient kiosk = new SipClient(ports[5], StandardCharsets.ISO_8859_1);
            String login = kiosk.exchange("9300CN" + account + "|COterm1|CPCPL|");
            if (!login.equals("941")) {
                kiosk.close();
                throw new IOException("login refused: " + login);
            }
            return kiosk;
        }

        void close() {
            try {
                if (client != null) {
                    client.close();
                }
            } catch (IOException ignored) {
                // it is gone anyway
            }
            client = null;
        }
    }

    /** SC status through HAProxy every half second; notes a 98 that says off-line. */
    private void watchStatus(AtomicBoolean offline) {
        Connected probe = new Connected("PGS-PROBE");
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (probe.client == null) {
                    probe.client = probe.loggedIn();
                }
                if (probe.client.exchange("9900302.00").startsWith("98N")) {
                    offline.set(true);
                }
            } catch (IOException lost) {
                probe.close();
            }
            pause(500);
        }
        probe.close();
    }

    private ItServer instance(String name, int sipPort, int httpPort) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(database.serverOptions());
        options.addAll(List.of("-Dsip.instance.name=" + name, "-Dsip.max.connections.per.address=1000"));
        String grid = "127.0.0.1:" + ports[4];
        ItServer server = ItServer.start(
                dir.resolve(name),
                sipPort,
                httpPort,
                options,
                "pre-boot-cluster.txt",
                List.of(
                        "--clustername",
                        "sip-it-" + ports[4],
                        "--name",
                        name,
                        "--startport",
                        String.valueOf(ports[4]),
                        "--clustermode",
                        "tcpip:" + grid,
                        "--interfaces",
                        "127.0.0.1"));
        started.add(server);
        return server;
    }

    private void startHaproxy() throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("logs"));
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "global",
                        "  maxconn 2000",
                        "defaults",
                        "  mode tcp",
                        "  timeout connect 2s",
                        "  timeout client 10m",
                        "  timeout server 10m",
                        "  timeout check 2s",
                        "frontend sip",
                        "  bind 127.0.0.1:" + ports[5],
                        "  default_backend instances",
                        "backend instances",
                        "  balance leastconn",
                        "  option tcp-check",
                        "  tcp-check connect",
                        "  tcp-check send \"9300CNPGS-CHECK|COterm1|CPCPL|\\r\"",
                        "  tcp-check expect rstring ^94[01]",
                        "  default-server inter 500ms fall 2 rise 2 on-marked-down shutdown-sessions",
                        "  server a 127.0.0.1:" + ports[0] + " check",
                        "  server b 127.0.0.1:" + ports[1] + " check",
                        ""));
        Process haproxy = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("logs/haproxy.log").toFile())
                .start();
        started.add(() -> haproxy.destroyForcibly().waitFor(10, TimeUnit.SECONDS));
        await(
                "HAProxy accepts SIP logins",
                () -> {
                    try (SipClient client = new SipClient(ports[5], StandardCharsets.ISO_8859_1)) {
                        return client.exchange("9300CNPGS-PROBE|COterm1|CPCPL|").equals("941");
                    } catch (IOException notYet) {
                        return false;
                    }
                },
                60);
    }

    /**
     * Copies of demo records, so that no loan limit, block or fine of a shared patron refuses a kiosk: of
     * the account term1 (same password) one per kiosk, the health check's, the probe's and the roaming
     * one's; of an adult demo patron without loans (same PIN) one per kiosk; of a demo book, its books.
     */
    private void giveTheKiosksAccountsPatronsAndBooksOfTheirOwn() throws SQLException {
        List<String> accounts = new ArrayList<>(List.of("PGS-CHECK", "PGS-PROBE", ROAMING, LOCKED_OUT, DISABLED_ON_A));
        List<String> patrons = new ArrayList<>(List.of(ROAMING_PATRON, LOCKED_PATRON));
        List<String> books = new ArrayList<>(List.of(ROAMING_BOOK, LOCKED_BOOK));
        for (int k = 0; k < KIOSKS; k++) {
            accounts.add(account(k));
            patrons.add(patron(k));
            books.addAll(books(k));
        }
        try (Connection db = database.connect()) {
            copy(db, "terminal_account", "login_id", "term1", accounts);
            copy(db, "patron", "barcode", PATRON_TEMPLATE, patrons);
            copy(db, "item", "barcode", BOOK_TEMPLATE, books);
        }
    }

    /** Inserts a copy of the row whose {@code key} is {@code template} for each of the keys, the ids generated. */
    private void copy(Connection db, String table, String key, String template, List<String> keys) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet column = db.getMetaData().getColumns(null, null, database.table(table), null)) {
            while (column.next()) {
                String name = column.getString("COLUMN_NAME");
                if (!name.equalsIgnoreCase("ID") && !name.equalsIgnoreCase(key)) {
                    columns.add(name);
                }
            }
        }
        String copied = String.join(", ", columns);
        for (String row : keys) {
            try (PreparedStatement copy = db.prepareStatement("insert into " + table + " (" + key + ", " + copied
                    + ") select ?, " + copied + " from " + table + " where " + key + " = ?")) {
                copy.setString(1, row);
                copy.setString(2, template);
                assertEquals(1, copy.executeUpdate(), table + " " + row);
            }
        }
    }

    private static String account(int kiosk) {
        return String.format("PGS-K%02d", kiosk + 1);
    }

    private static String patron(int kiosk) {
        return PATRONS + String.format("%03d", kiosk + 1);
    }

    private static List<String> books(int kiosk) {
        List<String> books = new ArrayList<>();
        for (int b = 1; b <= BOOKS_PER_KIOSK; b++) {
            books.add(BOOKS + String.format("%03d", kiosk * BOOKS_PER_KIOSK + b));
        }
        return books;
    }

    /** All loans of the item, and how many of them are returned. */
    private static int[] loans(Connection db, String item) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select count(*), count(l.returned_at) from loan l"
                + " join item i on i.id = l.item_id where i.barcode = ?")) {
            query.setString(1, item);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return new int[] {row.getInt(1), row.getInt(2)};
            }
        }
    }

    private static void await(String what, BooleanSupplier condition, int seconds) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), what + ": not within " + seconds + " s");
            Thread.sleep(200);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
