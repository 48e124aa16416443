package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sip2.it.consortium.ConsortiumSetup;
import org.sip2.protocol.AcsStatusResponse;
import org.sip2.protocol.AlertType;
import org.sip2.protocol.CheckinResponse;
import org.sip2.protocol.CheckoutResponse;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.ItemInformationResponse;
import org.sip2.protocol.PatronEnableResponse;
import org.sip2.protocol.PatronStatus;
import org.sip2.protocol.PatronStatusResponse;

/**
 * What the server promises about trust (docs/security.md), over SIP2 on real connections:
 * institutions kept apart unless one shares with another (then the owner's policy and loan rules
 * apply), refused status updates that report the patron's real status, demo accounts and allowed
 * ranges by remote address, and the transaction log's retention.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustIT {

    private static final String CPL_PATRON = "23529000000103";
    private static final String CPL_ITEM_ON_SHELF = "39999000000199";
    private static final String CPL_ITEM_ON_LOAN = "39999000000012";
    private static final String FFZG_PATRON = "1000000005";
    private static final String FFZG_ITEM = "31100000000020";
    private static final String NO_DATE = " ".repeat(18);
    private static final String STATUS_UPDATES_REFUSED = "Status updates are not allowed at this library";

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sip.war")))
                .addPackage(ConsortiumSetup.class.getPackage());
    }

    // --- Institutions apart ---

    @Test
    void aTerminalFindsNoPatronOfAnotherInstitution() throws IOException {
        try (SipClient ffzg = SipClient.loggedIn("sc1", "sc1", "FFZG");
                SipClient cpl = SipClient.loggedIn()) {
            PatronStatusResponse status = patronStatus(ffzg, "FFZG", CPL_PATRON);
            assertEquals(PatronStatus.UNKNOWN_PATRON, status.patronStatus());
            assertFalse(status.validPatron());
            assertEquals(List.of("Patron not found, please see staff"), status.screenMessage());
            String patron = "|AA" + CPL_PATRON + "|AC|";
            assertTrue(ffzg.exchange("63000" + Sip.now() + "  Y       AOFFZG" + patron)
                    .contains("|BLN|"));
            assertTrue(ffzg.exchange("37" + Sip.now() + "0400EURBV1.00|AOFFZG" + patron)
                    .startsWith("38N"));
            String hold = ffzg.exchange("15+" + Sip.now() + "AOFFZG" + patron + "AB" + CPL_ITEM_ON_SHELF + "|");
            assertTrue(hold.startsWith("160"), hold);
            assertTrue(ffzg.exchange("65" + Sip.now() + "AOFFZG" + patron).startsWith("660"));

            PatronStatus before = patronStatus(cpl, "CPL", CPL_PATRON).patronStatus();
            String block = ffzg.exchange("01N" + Sip.now() + "AOFFZG|ALBlocked elsewhere" + patron);
            assertTrue(
                    block.startsWith("24YYYY") && block.contains("|BLN|"),
                    "FFZG allows status updates, yet not on CPL's patrons: " + block);
            String enable = ffzg.exchange("25" + Sip.now() + "AOFFZG" + patron);
            assertTrue(enable.startsWith("26YYYY") && enable.contains("|BLN|"), enable);
            assertEquals(before, patronStatus(cpl, "CPL", CPL_PATRON).patronStatus(), "the CPL card is as it was");
        }
    }

    @Test
    void aTerminalFindsNoItemOfAnotherInstitution() throws IOException {
        try (SipClient ffzg = SipClient.loggedIn("sc1", "sc1", "FFZG");
                SipClient cpl = SipClient.loggedIn()) {
            String onShelf = "|AB" + CPL_ITEM_ON_SHELF + "|AC|";
            String onLoan = "|AB" + CPL_ITEM_ON_LOAN + "|AC|";
            assertTrue(ffzg.exchange("17" + Sip.now() + "AOFFZG" + onShelf).contains("|AFItem not found|"));
            String offline = ffzg.exchange(Sip.offlineCheckout(
                    "FFZG",
                    FFZG_PATRON,
                    "p0005",
                    CPL_ITEM_ON_SHELF,
                    LocalDateTime.now().minusDays(1),
                    LocalDateTime.now().plusDays(60)));
            assertTrue(
                    offline.startsWith("120") && offline.contains("AFItem not found"),
                    "no off-line loan of CPL's item: " + offline);
            String online = ffzg.exchange("11YN" + Sip.now() + NO_DATE + "AOFFZG|AA" + CPL_PATRON + onShelf);
            assertTrue(online.startsWith("120") && online.contains("AFPatron not found"), online);
            String checkin = ffzg.exchange("09N" + Sip.now() + NO_DATE + "APFFZG|AOFFZG" + onLoan);
            assertTrue(checkin.startsWith("100") && checkin.contains("|AFItem not found, please see staff|"), checkin);
            String update = ffzg.exchange("19" + Sip.now() + "AOFFZG" + onShelf + "CHshelf=X|");
            assertTrue(update.startsWith("200") && update.contains("AFItem not found"), update);
            String renew = ffzg.exchange("29NN" + Sip.now() + NO_DATE + "AOFFZG|AA" + CPL_PATRON + onLoan);
            assertTrue(renew.startsWith("300"), renew);
            String titleHold = cpl.exchange(Sip.hold('+', "term1", "term1", "AJConsortium Copy One"));
            assertTrue(
                    titleHold.startsWith("160") && titleHold.contains("|AFTitle not found|"),
                    "only XTST has the title, and XTST does not share with CPL: " + titleHold);

            assertEquals(
                    CirculationStatus.AVAILABLE, item(cpl, CPL_ITEM_ON_SHELF).circulationStatus());
            assertEquals(CirculationStatus.CHARGED, item(cpl, CPL_ITEM_ON_LOAN).circulationStatus(), "still on loan");
        }
    }

    @Test
    void sharingGoesOneWay() throws IOException {
        try (SipClient xtst = SipClient.loggedIn("xtst1", "xtst1", "XTST")) {
            assertTrue(patronStatus(xtst, "XTST", ConsortiumSetup.PATRON).validPatron());
            assertEquals(
                    PatronStatus.UNKNOWN_PATRON,
                    patronStatus(xtst, "XTST", FFZG_PATRON).patronStatus(),
                    "XTST shares with FFZG, FFZG does not share with XTST");
            String item = xtst.exchange("17" + Sip.now() + "AOXTST|AB" + FFZG_ITEM + "|AC|");
            assertTrue(item.contains("|AFItem not found|"), item);
        }
    }

    // --- Institutions sharing: the owner's policy and loan rules ---

    @Test
    void aSharedItemCirculatesUnderItsOwnersPolicyAndLoanRules() throws IOException {
        try (SipClient ffzg = SipClient.loggedIn("sc1", "sc1", "FFZG");
                SipClient xtst = SipClient.loggedIn("xtst1", "xtst1", "XTST")) {
            assertTrue(
                    ((AcsStatusResponse) ffzg.exchangeParsed("9900302.00")).offlineOk(),
                    "FFZG itself accepts off-line transactions");
            String offline = ffzg.exchange(Sip.offlineCheckout(
                    "FFZG",
                    ConsortiumSetup.PATRON,
                    ConsortiumSetup.PATRON_PIN,
                    ConsortiumSetup.OFFLINE_ITEM,
                    LocalDateTime.now().minusHours(2),
                    LocalDateTime.now().plusDays(60)));
            assertTrue(
                    offline.startsWith("120")
                            && offline.contains("|AFOff-line transactions are not accepted by this library (XTST)|"),
                    "XTST, the owner, does not: " + offline);

            CheckoutResponse out = (CheckoutResponse) ffzg.exchangeParsed("11YN" + Sip.now() + NO_DATE + "AOFFZG|AA"
                    + ConsortiumSetup.PATRON + "|AB" + ConsortiumSetup.ITEM + "|AC|AD" + ConsortiumSetup.PATRON_PIN
                    + "|");
            assertTrue(out.ok(), out.screenMessage().toString());
            String due = LocalDate.now().plusDays(ConsortiumSetup.LOAN_DAYS).format(DateTimeFormatter.BASIC_ISO_DATE);
            assertTrue(out.dueDate().startsWith(due), "XTST's three-day loan, not FFZG's 14 days: " + out.dueDate());

            CheckinResponse returned = checkin(ffzg, "FFZG", ConsortiumSetup.ITEM);
            assertTrue(returned.ok() && returned.alert());
            assertEquals(AlertType.SEND_TO_OTHER_BRANCH, returned.alertType());
            assertEquals("XTST", returned.destinationLocation());
            assertEquals(ConsortiumSetup.PATRON, returned.patronIdentifier());

            CheckinResponse home = checkin(xtst, "XTST", ConsortiumSetup.ITEM);
            assertTrue(home.ok() && !home.alert(), "back home, on the shelf");
        }
    }

    @Test
    void statusUpdatesOnASharedPatronFollowTheOwnersPolicy() throws IOException {
        try (SipClient ffzg = SipClient.loggedIn("sc1", "sc1", "FFZG")) {
            PatronStatusResponse block = (PatronStatusResponse) ffzg.exchangeParsed(
                    "01N" + Sip.now() + "AOFFZG|ALCard left in reader|AA" + ConsortiumSetup.BLOCK_PATRON + "|AC|");
            assertEquals(PatronStatus.GOOD_STANDING, block.patronStatus(), "not blocked: XTST refuses status updates");
            assertEquals(
                    STATUS_UPDATES_REFUSED + " (XTST)", block.screenMessage().get(0));
            PatronEnableResponse enable = (PatronEnableResponse)
                    ffzg.exchangeParsed("25" + Sip.now() + "AOFFZG|AA" + ConsortiumSetup.BLOCK_PATRON + "|AC|ADx0002|");
            assertEquals(PatronStatus.GOOD_STANDING, enable.patronStatus());
            assertTrue(enable.validPatron());
            assertEquals(List.of(STATUS_UPDATES_REFUSED + " (XTST)"), enable.screenMessage());
        }
    }

    // --- A refused 25 reports the patron's real status ---

    @Test
    void aRefusedPatronEnableReportsThePatronsRealStatus() throws IOException {
        try (SipClient cpl = SipClient.loggedIn()) {
            PatronStatusResponse status =
                    (PatronStatusResponse) cpl.exchangeParsed(Sip.patronStatus("CPL", "term1", "term1"));
            PatronEnableResponse refused =
                    (PatronEnableResponse) cpl.exchangeParsed("25" + Sip.now() + "AOCPL|AAterm1|AC|ADterm1|");
            assertEquals(status.patronStatus(), refused.patronStatus(), "the 24's status, not every privilege denied");
            assertFalse(refused.patronStatus().has(PatronStatus.Flag.CHARGE_PRIVILEGES_DENIED));
            assertTrue(refused.validPatron() && refused.validPatronPassword());
            assertEquals("Demo Patron", refused.personalName());
            assertEquals(STATUS_UPDATES_REFUSED, refused.screenMessage().get(0));
        }
    }

    // --- Allowed address ranges, by the connection's remote address ---

    @Test
    void anAccountLogsInOnlyFromItsAllowedRange() throws IOException {
        try (SipClient here = new SipClient();
                SipClient allowed = SipClient.from("127.0.0.2")) {
            assertEquals("940", here.exchange("9300CNxtst-lo2|COxtst-lo2|"), "127.0.0.1 is not in 127.0.0.2/32");
            assertEquals("941", allowed.exchange("9300CNxtst-lo2|COxtst-lo2|"));
        }
        try (SipClient loopback = SipClient.from("127.0.0.3")) {
            assertEquals("941", loopback.exchange("9300CNterm1|COterm1|CPCPL|"), "the demo accounts take 127.0.0.0/8");
        }
    }

    // --- Retention of the transaction log ---

    @Test
    void transactionsOlderThanTheRetentionArePurged() throws IOException, InterruptedException {
        HttpResponse<String> probe = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + deployed.getPort() + "/it/retention"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals("old=0 recent=1", probe.body(), "91 days old: purged; 89 days old: kept (90 days by default)");
    }

    private static PatronStatusResponse patronStatus(SipClient client, String institution, String patron)
            throws IOException {
        return (PatronStatusResponse) client.exchangeParsed(Sip.patronStatus(institution, patron, ""));
    }

    private static CheckinResponse checkin(SipClient client, String place, String item) throws IOException {
        return (CheckinResponse) client.exchangeParsed(
                "09N" + Sip.now() + NO_DATE + "AP" + place + "|AO" + place + "|AB" + item + "|AC|");
    }

    private static ItemInformationResponse item(SipClient client, String barcode) throws IOException {
        return (ItemInformationResponse) client.exchangeParsed("17" + Sip.now() + "AOCPL|AB" + barcode + "|AC|");
    }
}
