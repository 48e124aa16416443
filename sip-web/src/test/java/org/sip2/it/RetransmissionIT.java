package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sip2.protocol.CheckoutResponse;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.ErrorDetection;
import org.sip2.protocol.ItemInformationResponse;
import org.sip2.protocol.SipCodec;

/**
 * Exactly once without over-matching (docs/security.md, "Retransmissions"): only a byte-identical
 * repeat of a terminal's immediately preceding request is answered from the journal; requests
 * whose AY and AZ collide are each carried out and answered for themselves.
 * Items used here are books whose barcodes are digit permutations of each other (same AZ).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetransmissionIT {

    private static final String ADA = "23529000000118";
    private static final String ADA_PIN = "p0118";
    private static final String DATE = "20261129    205059";
    /** Book pairs whose barcodes hold the same digits: requests that differ only in the pair member share AZ. */
    private static final String[][] PAIRS = {
        {"112", "121"},
        {"113", "131"},
        {"114", "141"},
        {"116", "161"},
        {"123", "132"},
        {"124", "142"},
        {"128", "182"},
        {"134", "143"},
        {"136", "163"},
        {"138", "183"},
        {"146", "164"},
        {"148", "184"},
        {"168", "186"}
    };

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sip.war")));
    }

    @Test
    void twoCheckoutsWithTheSameSequenceAndChecksumAreBothCarriedOut() throws IOException {
        String first = checkout(DATE, ADA, ADA_PIN, item("126"));
        String second = checkout(DATE, ADA, ADA_PIN, item("162"));
        assertEquals(trailer(first), trailer(second), "the premise: AY and AZ collide");
        try (SipClient kiosk = new SipClient()) {
            kiosk.exchangeWithErrorDetection("9300CNterm1|COterm1|CPCPL|", "0");
            String one = kiosk.exchangeWithErrorDetection(first, "3");
            String two = kiosk.exchangeWithErrorDetection(second, "3");
            assertTrue(one.startsWith("121") && one.contains("|AB" + item("126") + "|"), one);
            assertTrue(two.startsWith("121") && two.contains("|AB" + item("162") + "|"), two);
            assertEquals(CirculationStatus.CHARGED, status(kiosk, item("162")), "really lent");
            assertTrue(kiosk.exchange(Sip.checkin(item("126"))).startsWith("101"));
            String back = kiosk.exchange(Sip.checkin(item("162")));
            assertTrue(
                    back.startsWith("101") && !back.contains("not checked out"),
                    "it was out, so it comes back: " + back);
        }
    }

    @Test
    void theSameCheckoutAfterOtherRequestsIsNotAnsweredFromTheJournal() throws IOException {
        // No error detection, the same second: checkout, 17, 63, then the same checkout again.
        String checkout = checkout(DATE, ADA, ADA_PIN, item("144"));
        try (SipClient kiosk = SipClient.loggedIn()) {
            String first = kiosk.exchange(checkout);
            assertTrue(first.startsWith("121"), first);
            status(kiosk, item("144"));
            kiosk.exchange(Sip.chargedItems(ADA, ADA_PIN));
            String again = kiosk.exchange(checkout);
            assertNotEquals(first, again, "not the stored new-loan response");
            CheckoutResponse response = (CheckoutResponse) new SipCodec().parse(again);
            assertTrue(response.renewalOk(), "carried out: the patron's own loan is renewed: " + again);
            assertTrue(kiosk.exchange(Sip.checkin(item("144"))).startsWith("101"));
        }
    }

    @Test
    void anScStatusBetweenTwoRequestsIsARequestInBetween() throws IOException {
        String checkout = checkout(DATE, ADA, ADA_PIN, item("174"));
        try (SipClient kiosk = SipClient.loggedIn()) {
            kiosk.exchange("9900302.00");
            String first = kiosk.exchange(checkout);
            assertTrue(first.startsWith("121"), first);
            kiosk.exchange("9900302.00");
            String again = kiosk.exchange(checkout);
            assertNotEquals(first, again, "a 99 between two requests is not part of a reconnect");
            assertTrue(((CheckoutResponse) new SipCodec().parse(again)).renewalOk(), again);
            assertTrue(kiosk.exchange(Sip.checkin(item("174"))).startsWith("101"));
        }
    }

    @Test
    void aRetransmissionAfterAReconnectIsAnsweredOnlyIfNothingCameBetween() throws IOException {
        String checkout = checkout(Sip.now(), ADA, ADA_PIN, item("154"));
        String first;
        try (SipClient kiosk = new SipClient()) {
            kiosk.exchangeWithErrorDetection("9300CNterm1|COterm1|CPCPL|", "0");
            first = kiosk.exchangeWithErrorDetection(checkout, "1");
            assertTrue(first.startsWith("121"), first);
        }
        try (SipClient kiosk = new SipClient()) {
            kiosk.exchangeWithErrorDetection("9300CNterm1|COterm1|CPCPL|", "0");
            kiosk.exchangeWithErrorDetection("9900302.00", "1");
            assertEquals(
                    first, kiosk.exchangeWithErrorDetection(checkout, "1"), "login and status do not count: replayed");
            kiosk.exchangeWithErrorDetection(Sip.itemInformation(item("154")), "2");
        }
        try (SipClient kiosk = new SipClient()) {
            kiosk.exchangeWithErrorDetection("9300CNterm1|COterm1|CPCPL|", "0");
            String again = kiosk.exchangeWithErrorDetection(checkout, "1");
            assertNotEquals(first, again, "a 17 came between: carried out again");
            assertTrue(((CheckoutResponse) new SipCodec().parse(strip(again))).renewalOk(), again);
            assertTrue(kiosk.exchange(Sip.checkin(item("154"))).startsWith("101"));
        }
    }

    /**
     * Thousands of checkouts and checkins with error detection on, AY cycling 0-9, one fixed
     * transaction date: consecutive requests share AY and AZ, and earlier requests' bytes come back
     * after others. Every request is carried out and answered with its own item and patron.
     */
    @Test
    void collidingChecksumsNeverGetAnotherRequestsResponse() throws IOException {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int requests = 0;
        try (SipClient kiosk = new SipClient()) {
            kiosk.exchangeWithErrorDetection("9300CNterm1|COterm1|CPCPL|", "0");
            for (int round = 0; round < 500; round++) {
                List<String> pair = new ArrayList<>(List.of(PAIRS[random.nextInt(PAIRS.length)]));
                Collections.shuffle(pair, random);
                String sequence = String.valueOf(round % 10);
                for (String suffix : pair) {
                    String reply =
                            kiosk.exchangeWithErrorDetection(checkout(DATE, ADA, ADA_PIN, item(suffix)), sequence);
                    assertAnswers(reply, "121", item(suffix), sequence, seed);
                    assertTrue(reply.contains("|AA" + ADA + "|"), reply);
                }
                Collections.shuffle(pair, random);
                for (String suffix : pair) {
                    String checkin = "09N" + DATE + DATE + "APCPL|AOCPL|AB" + item(suffix) + "|AC|";
                    String reply = kiosk.exchangeWithErrorDetection(checkin, sequence);
                    assertAnswers(reply, "101", item(suffix), sequence, seed);
                    assertFalse(
                            reply.contains("This item was not checked out"), "its checkout was carried out: " + reply);
                }
                requests += 4;
            }
            for (String[] pair : PAIRS) {
                assertEquals(CirculationStatus.AVAILABLE, status(kiosk, item(pair[0])));
                assertEquals(CirculationStatus.AVAILABLE, status(kiosk, item(pair[1])));
            }
        }
        assertEquals(2000, requests);
    }

    private static void assertAnswers(String reply, String prefix, String item, String sequence, long seed) {
        String context = "seed " + seed + ": " + reply;
        assertTrue(reply.startsWith(prefix), context);
        assertTrue(reply.contains("|AB" + item + "|"), context);
        assertTrue(reply.contains("AY" + sequence + "AZ"), context);
    }

    private static String checkout(String date, String patron, String pin, String item) {
        return "11YN" + date + " ".repeat(18) + "AOCPL|AA" + patron + "|AB" + item + "|AC|AD" + pin + "|";
    }

    private static String item(String suffix) {
        return "39999000000" + suffix;
    }

    private static CirculationStatus status(SipClient kiosk, String item) throws IOException {
        return ((ItemInformationResponse) kiosk.exchangeParsed(Sip.itemInformation(item))).circulationStatus();
    }

    /** The AY/AZ trailer a request gets with sequence 3. */
    private static String trailer(String request) {
        String sealed = new String(
                ErrorDetection.seal(request, java.nio.charset.StandardCharsets.ISO_8859_1, true, "3", ""),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return sealed.substring(sealed.lastIndexOf("AY"));
    }

    private static String strip(String sealed) {
        return sealed.substring(0, sealed.lastIndexOf("AY"));
    }
}
