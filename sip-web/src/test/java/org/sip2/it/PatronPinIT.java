package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sip2.it.pins.PinFixtures.INSTITUTION;
import static org.sip2.it.pins.PinFixtures.item;
import static org.sip2.it.pins.PinFixtures.patron;
import static org.sip2.it.pins.PinFixtures.pin;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sip2.it.pins.PinFixtures;
import org.sip2.it.pins.TransactionCounts;
import org.sip2.protocol.PatronInformationResponse;
import org.sip2.protocol.PatronStatusResponse;

/**
 * Patron PINs and terminal logins over TCP (docs/security.md): a missing PIN is a wrong one unless
 * the account is trusted without, personal fields only with a verified PIN, PIN locks, the verified
 * credential cache, login back-off and the connector's limits before login.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatronPinIT {

    private static final String WRONG_PIN = "The PIN is not correct";
    private static final String LOCKED =
            "Too many wrong PINs: this card is locked for a while, please try again later or see staff";
    private static final String NO_DATE = " ".repeat(18);

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sip.war")))
                .addClasses(PinFixtures.class, TransactionCounts.class);
    }

    private static SipClient kiosk() throws IOException {
        return SipClient.loggedIn("pin-kiosk", "pin-kiosk", INSTITUTION);
    }

    private static String status(int patron, String ad) {
        return "23001" + Sip.now() + "AO" + INSTITUTION + "|AA" + patron(patron) + "|AC|" + ad;
    }

    private static String information(int patron, String ad) {
        return "63001" + Sip.now() + "  Y       AO" + INSTITUTION + "|AA" + patron(patron) + "|AC|" + ad;
    }

    private static String checkout(int patron, int item, String ad) {
        return "11YN" + Sip.now() + NO_DATE + "AO" + INSTITUTION + "|AA" + patron(patron) + "|AB" + item(item) + "|AC|"
                + ad;
    }

    private static String checkin(int item) {
        return "09N" + Sip.now() + NO_DATE + "AP" + INSTITUTION + "|AO" + INSTITUTION + "|AB" + item(item) + "|AC|";
    }

    private static String enable(int patron) {
        return "25" + Sip.now() + "AO" + INSTITUTION + "|AA" + patron(patron) + "|AC|" + ad(patron);
    }

    private static String ad(int patron) {
        return "AD" + pin(patron) + "|";
    }

    private static void assertRefused(String response, String prefix, String message) {
        assertTrue(response.startsWith(prefix), response);
        assertTrue(response.contains("AF" + message + "|"), response);
    }

    // --- A. A missing PIN is a wrong PIN for a terminal that must send PINs ---

    @Test
    void withoutAPinEveryPatronRequestIsRefusedAsForAWrongPinButABlockIsAllowed() throws IOException {
        int p = 1;
        String patronField = "AO" + INSTITUTION + "|AA" + patron(p) + "|";
        try (SipClient kiosk = kiosk()) {
            PatronStatusResponse missing = (PatronStatusResponse) kiosk.exchangeParsed(status(p, ""));
            PatronStatusResponse wrong = (PatronStatusResponse) kiosk.exchangeParsed(status(p, "ADnot-it|"));
            assertFalse(missing.validPatronPassword());
            assertEquals(List.of(WRONG_PIN), missing.screenMessage());
            assertEquals(
                    List.of(
                            wrong.patronStatus(),
                            wrong.validPatron(),
                            wrong.validPatronPassword(),
                            wrong.personalName(),
                            wrong.screenMessage()),
                    List.of(
                            missing.patronStatus(),
                            missing.validPatron(),
                            missing.validPatronPassword(),
                            missing.personalName(),
                            missing.screenMessage()),
                    "no PIN is answered exactly as a wrong PIN");

            String info = kiosk.exchange(information(p, ""));
            assertRefused(info, "64", WRONG_PIN);
            assertTrue(info.contains("|CQN|"), info);
            assertFalse(info.contains("|BD") || info.contains("|BE") || info.contains("|BF"), info);
            assertRefused(kiosk.exchange(checkout(p, 1, "")), "120", WRONG_PIN);
            assertRefused(
                    kiosk.exchange("29NN" + Sip.now() + NO_DATE + patronField + "AB" + item(1) + "|AC|"),
                    "300",
                    WRONG_PIN);
            assertRefused(kiosk.exchange("65" + Sip.now() + patronField + "AC|"), "660", WRONG_PIN);
            assertRefused(kiosk.exchange("15+" + Sip.now() + patronField + "AB" + item(1) + "|AC|"), "160", WRONG_PIN);
            assertRefused(kiosk.exchange("37" + Sip.now() + "0400USDBV1.00|" + patronField + "AC|"), "38N", WRONG_PIN);
            assertRefused(kiosk.exchange("35" + Sip.now() + patronField + "AC|"), "36N", WRONG_PIN);
            String enable = kiosk.exchange("25" + Sip.now() + patronField + "AC|");
            assertRefused(enable, "26", WRONG_PIN);
            assertTrue(enable.contains("|CQN|"), enable);

            String blocked =
                    kiosk.exchange("01N" + Sip.now() + "AO" + INSTITUTION + "|ALCard kept|AA" + patron(7) + "|AC|");
            assertTrue(blocked.startsWith("24"), blocked);
            assertTrue(blocked.contains("AFYour card is blocked, please see staff: Card kept|"), blocked);
            assertTrue(kiosk.exchange(enable(7)).contains("|CQY|"));

            PatronStatusResponse right = (PatronStatusResponse) kiosk.exchangeParsed(status(p, ad(p)));
            assertTrue(right.validPatronPassword(), "a missing PIN is no guess: nine of them did not lock the card");
        }
    }

    @Test
    void aTrustedStationActsWithoutPinsButSeesNoPersonalFields() throws IOException {
        int p = 6;
        try (SipClient sorter = SipClient.loggedIn("pin-sorter", "pin-sorter", INSTITUTION)) {
            PatronStatusResponse status = (PatronStatusResponse) sorter.exchangeParsed(status(p, ""));
            assertTrue(status.validPatron());
            assertNull(status.validPatronPassword(), "no CQ when no PIN was asked for");
            assertTrue(sorter.exchange(checkout(p, 3, "")).startsWith("121"));
            PatronInformationResponse info = (PatronInformationResponse) sorter.exchangeParsed(information(p, ""));
            assertEquals(1, info.chargedItemsCount());
            assertEquals(List.of(), info.chargedItems(), "item lists only with CQ = Y");
            assertNull(info.homeAddress());
            assertNull(info.emailAddress());
            assertNull(info.homePhoneNumber());
            assertTrue(sorter.exchange(checkin(3)).startsWith("101"));
            assertRefused(sorter.exchange(checkout(p, 3, "ADnot-it|")), "120", WRONG_PIN);
        }
    }

    @Test
    void personalFieldsOnlyWithAVerifiedPin() throws IOException {
        int p = 8;
        try (SipClient kiosk = kiosk()) {
            assertTrue(kiosk.exchange(checkout(p, 4, ad(p))).startsWith("121"));
            var verified = (PatronInformationResponse) kiosk.exchangeParsed(information(p, ad(p)));
            assertTrue(verified.validPatronPassword());
            assertEquals(List.of(item(4)), verified.chargedItems());
            assertEquals("8 Pin Street", verified.homeAddress());
            assertEquals("pin.tester.8@example.org", verified.emailAddress());
            assertEquals("555-098", verified.homePhoneNumber());
            var wrong = (PatronInformationResponse) kiosk.exchangeParsed(information(p, "ADnot-it|"));
            assertFalse(wrong.validPatronPassword());
            assertEquals(List.of(), wrong.chargedItems());
            assertNull(wrong.homeAddress());
            assertNull(wrong.emailAddress());
            assertNull(wrong.homePhoneNumber());
            assertTrue(kiosk.exchange(checkin(4)).startsWith("101"));
        }
    }

    // --- B. Wrong PINs lock the card with growing delays (2 s first in the ITs) ---

    @Test
    void wrongPinsLockTheCardWithGrowingDelaysAndARightPinResetsTheCount() throws Exception {
        int p = 2;
        String lockedBefore = http("?patron=" + patron(p));
        try (SipClient kiosk = kiosk()) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertRefused(kiosk.exchange(status(p, "ADguess" + attempt + "|")), "24", WRONG_PIN);
            }
            assertRefused(kiosk.exchange(status(p, "ADguess5|")), "24", LOCKED);
            String rightWhileLocked = kiosk.exchange(status(p, ad(p)));
            String wrongWhileLocked = kiosk.exchange(status(p, "ADguess6|"));
            assertRefused(rightWhileLocked, "24", LOCKED);
            assertTrue(rightWhileLocked.contains("|CQN|"), rightWhileLocked);
            assertEquals(
                    withoutDate(wrongWhileLocked),
                    withoutDate(rightWhileLocked),
                    "the right PIN tells nothing during a lock");
            assertRefused(kiosk.exchange(checkout(p, 2, ad(p))), "120", LOCKED);

            Thread.sleep(2_100);
            assertTrue(kiosk.exchange(status(p, ad(p))).contains("|CQY|"), "the lock has run out");
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertRefused(kiosk.exchange(status(p, "ADguess" + attempt + "|")), "24", WRONG_PIN);
            }
            assertTrue(kiosk.exchange(status(p, ad(p))).contains("|CQY|"), "the right PIN reset the count");

            for (int attempt = 1; attempt <= 4; attempt++) {
                kiosk.exchange(status(p, "ADguess" + attempt + "|"));
            }
            assertRefused(kiosk.exchange(status(p, "ADguess5|")), "24", LOCKED);
            Thread.sleep(2_100);
            assertRefused(kiosk.exchange(status(p, "ADguess6|")), "24", LOCKED);
            Thread.sleep(2_100);
            assertRefused(kiosk.exchange(status(p, ad(p))), "24", LOCKED);
            Thread.sleep(2_100);
            assertTrue(kiosk.exchange(status(p, ad(p))).contains("|CQY|"), "locked for 4 s the second time");
        }
        assertEquals(
                lockedBefore + "pin-kiosk: Card locked for SIP after too many wrong PINs\n".repeat(3),
                http("?patron=" + patron(p)),
                "each lock is in the transaction log");
    }

    @Test
    void parallelGuessesCannotSlipPastTheLimit() throws Exception {
        int p = 11;
        List<SipClient> kiosks = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                kiosks.add(kiosk());
            }
            List<Callable<String>> guesses = new ArrayList<>();
            for (int i = 0; i < kiosks.size(); i++) {
                SipClient kiosk = kiosks.get(i);
                String guess = "ADguess" + i + "|";
                guesses.add(() -> kiosk.exchange(status(p, guess)));
            }
            List<String> answers = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(guesses.size())) {
                for (Future<String> answer : pool.invokeAll(guesses)) {
                    answers.add(answer.get());
                }
            }
            assertEquals(
                    4,
                    answers.stream()
                            .filter(answer -> answer.contains("AF" + WRONG_PIN + "|"))
                            .count(),
                    answers.toString());
            assertEquals(
                    16,
                    answers.stream()
                            .filter(answer -> answer.contains("AF" + LOCKED + "|"))
                            .count(),
                    answers.toString());
            Thread.sleep(2_100);
            assertTrue(
                    kiosks.get(0).exchange(status(p, ad(p))).contains("|CQY|"),
                    "the right PIN after the lock clears the count");
        } finally {
            for (SipClient kiosk : kiosks) {
                kiosk.close();
            }
        }
    }

    /** A 24 without its transaction date (18 characters after the status and language). */
    private static String withoutDate(String response) {
        return response.substring(0, 19) + response.substring(37);
    }

    // --- D. The verified-credential cache never accepts what PBKDF2 would refuse ---

    @Test
    void aWrongPinAfterARightOneIsRefused() throws IOException {
        int p = 3;
        try (SipClient kiosk = kiosk()) {
            assertTrue(kiosk.exchange(status(p, ad(p))).contains("|CQY|"));
            assertRefused(kiosk.exchange(status(p, "ADpin-03x|")), "24", WRONG_PIN);
            assertRefused(kiosk.exchange(checkout(p, 5, "ADpin-0|")), "120", WRONG_PIN);
            assertTrue(kiosk.exchange(status(p, ad(p))).contains("|CQY|"));
        }
    }

    @Test
    void aBlockedCardIsRefusedAtOnce() throws IOException {
        int p = 5;
        try (SipClient kiosk = kiosk()) {
            assertTrue(kiosk.exchange(checkout(p, 2, ad(p))).startsWith("121"), "the PIN is verified and remembered");
            assertTrue(kiosk.exchange(checkin(2)).startsWith("101"));
            kiosk.exchange("01Y" + Sip.now() + "AO" + INSTITUTION + "|ALLost and found|AA" + patron(p) + "|AC|");
            assertRefused(
                    kiosk.exchange(checkout(p, 2, ad(p))),
                    "120",
                    "Your card is blocked, please see staff: Lost and found");
            assertTrue(kiosk.exchange(enable(p)).contains("|CQY|"));
            assertTrue(kiosk.exchange(checkout(p, 2, ad(p))).startsWith("121"));
            assertTrue(kiosk.exchange(checkin(2)).startsWith("101"));
        }
    }

    // --- C. Terminal logins back off per login id and per address; limits before login ---

    @Test
    void refusedLoginsOfOneLoginIdBackOffAcrossConnections() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            try (SipClient client = new SipClient()) {
                assertEquals("940", client.exchange("9300CNpin-login|COguess" + attempt + "|CP" + INSTITUTION + "|"));
            }
        }
        try (SipClient client = new SipClient()) {
            assertEquals(
                    "940",
                    client.exchange("9300CNpin-login|COpin-login|CP" + INSTITUTION + "|"),
                    "backing off: even the right password is refused");
        }
        Thread.sleep(1_100);
        try (SipClient client = SipClient.loggedIn("pin-login", "pin-login", INSTITUTION)) {
            assertTrue(client.exchange(status(4, ad(4))).contains("|CQY|"));
        }
    }

    @Test
    void refusedLoginsFromOneAddressBackOffWhateverTheLoginId() throws Exception {
        for (int attempt = 1; attempt <= 20; attempt++) {
            try (SipClient client = new SipClient()) {
                assertEquals("940", client.exchange("9300CNnobody-" + attempt + "|COguess|"));
            }
        }
        try (SipClient client = new SipClient()) {
            assertEquals(
                    "940",
                    client.exchange("9300CNpin-login|COpin-login|CP" + INSTITUTION + "|"),
                    "the address backs off");
        }
        Thread.sleep(1_100);
        SipClient.loggedIn("pin-login", "pin-login", INSTITUTION).close();
    }

    @Test
    void connectionsFromOneAddressAreCapped() throws IOException {
        List<SipClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                SipClient client = new SipClient();
                open.add(client);
                assertTrue(client.exchange("9900302.00").startsWith("98"));
            }
            try (SipClient extra = new SipClient()) {
                assertTrue(extra.closedByServer(), "the 101st connection from 127.0.0.1");
            }
        } finally {
            for (SipClient client : open) {
                client.close();
            }
        }
        // the server frees a place when its selector sees the close, a moment after the client's
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (true) {
            try (SipClient kiosk = kiosk()) {
                assertTrue(kiosk.exchange("9900302.00").startsWith("98"), "closed connections free their places");
                return;
            } catch (IOException stillFull) {
                if (System.nanoTime() > deadline) {
                    throw stillFull;
                }
            }
        }
    }

    @Test
    void aLongFrameBeforeLoginClosesTheConnection() throws IOException {
        try (SipClient client = new SipClient()) {
            client.send("99" + "0".repeat(2000) + "\r");
            assertTrue(client.closedByServer());
        }
        try (SipClient kiosk = kiosk()) {
            String unknown =
                    kiosk.exchange("23001" + Sip.now() + "AO" + INSTITUTION + "|AA" + "9".repeat(2000) + "|AC|");
            assertTrue(unknown.startsWith("24"), "after login the full limit applies: " + unknown);
        }
        assertTrue(Files.readString(Path.of(System.getProperty("it.logs"), "sip.log"), StandardCharsets.UTF_8)
                .contains("(limit sip.max.frame.length.before.login)"));
    }

    @Test
    void statusRequestsBeforeLoginWriteNoTransactionRows() throws Exception {
        long before = Long.parseLong(http("?type=99"));
        try (SipClient client = new SipClient()) {
            for (int i = 0; i < 5; i++) {
                assertTrue(client.exchange("9900302.00").startsWith("98"));
            }
        }
        assertEquals(before, Long.parseLong(http("?type=99")));
    }

    private String http(String query) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + deployed.getPort() + deployed.getPath() + "it/transactions" + query);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }
}
