package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sip2.protocol.AcsStatusResponse;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.EndSessionResponse;
import org.sip2.protocol.ItemInformationResponse;
import org.sip2.protocol.PatronInformationResponse;
import org.sip2.protocol.PatronStatus;
import org.sip2.protocol.PatronStatusResponse;
import org.sip2.protocol.SupportedMessages;

/**
 * The SIP2 chain end to end: Payara Micro with the resource adapter and the WAR, the demo data in
 * H2, and SIP2 over real TCP connections on 127.0.0.1.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SipServerIT {

    private static final String DEMO_PATRON_63 = "6300020060329    201700%s AOCPL|AAterm1|ACterm1|ADterm1|";
    /** 64 fixed part: 14 status characters, language, 18-character date, six 4-digit counts. */
    private static final Pattern PATRON_INFORMATION_FIXED =
            Pattern.compile("^64[ Y]{14}\\d{3}\\d{8}[ A-Z]{4}\\d{6}\\d{24}AO");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sip.war")));
    }

    // --- The Koha setup page's exchanges, as typed into telnet (CRLF) and sent with nc (CR) ---

    @Test
    void kohaLoginTypedIntoTelnet() throws IOException {
        try (SipClient telnet = new SipClient()) {
            telnet.send("9300CNterm1|COterm1|CPCPL|\r\n");
            assertEquals("941", telnet.readResponse());
        }
    }

    @Test
    void kohaHealthCheckWithAFakeUser() throws IOException {
        try (SipClient nc = new SipClient()) {
            assertEquals("940", nc.exchange("9300CNfake-user|COfake-password|"));
        }
    }

    @Test
    void kohaPatronInformation() throws IOException {
        try (SipClient client = SipClient.loggedIn()) {
            String response = client.exchange("6300020060329    201700Y         AOCPL|AAterm1|ACterm1|ADterm1|");
            assertTrue(PATRON_INFORMATION_FIXED.matcher(response).find(), response);
            assertTrue(response.substring(61).startsWith("AOCPL|AAterm1|AEDemo Patron|"), response);
            assertTrue(response.contains("|BLY|CQY|"), response);
            assertTrue(response.contains("|BHUSD|BV2.50|CC10.00|"), response);
        }
    }

    @Test
    void kohaHandTypedCheckoutWithoutFieldIdsIsRefusedSayingWhy() throws IOException {
        try (SipClient client = SipClient.loggedIn()) {
            String response = client.exchange("11YY20171211ZZZZ01121220171221ZZZZ011212CPL5121passwordsecretY");
            assertTrue(response.matches("^120NUN\\d{8} {4}\\d{6}.*"), response);
            assertTrue(
                    response.contains("|AFCheckout refused: the request has no patron identifier (AA) and no item "
                            + "identifier (AB)|"),
                    response);
        }
    }

    // --- Status, patrons, items, sessions ---

    @Test
    void statusBeforeAndAfterLogin() throws IOException {
        try (SipClient client = new SipClient()) {
            AcsStatusResponse anonymous = (AcsStatusResponse) client.exchangeParsed("9900302.00");
            assertTrue(anonymous.onlineStatus());
            assertFalse(anonymous.checkoutOk(), "nothing is allowed before login");
            assertEquals("940", client.exchange("9300CNterm1|COnot-the-password|"));
            assertEquals("941", client.exchange("9300CNterm1|COterm1|CPCPL|"));
            AcsStatusResponse status = (AcsStatusResponse) client.exchangeParsed("9900302.00");
            assertTrue(status.checkinOk() && status.checkoutOk() && status.acsRenewalPolicy());
            assertFalse(status.statusUpdateOk() || status.offlineOk());
            assertEquals(25, status.timeoutPeriod());
            assertEquals(5, status.retriesAllowed());
            assertEquals("CPL", status.institutionId());
            assertEquals("Centerville Public Library", status.libraryName());
            assertEquals("2.00", status.protocolVersion());
            assertEquals(
                    "YYYYYYYYYYYYYYYY", status.supportedMessages().toString(), "BX: all 16 message pairs are answered");
            assertTrue(status.supportedMessages().supports(SupportedMessages.Pair.ITEM_INFORMATION));
        }
    }

    @Test
    void patronStatusOfKnownUnknownAndWrongPin() throws IOException {
        try (SipClient client = SipClient.loggedIn()) {
            PatronStatusResponse good =
                    (PatronStatusResponse) client.exchangeParsed("2300120240315    143022AOCPL|AAterm1|AC|ADterm1|");
            assertEquals(PatronStatus.GOOD_STANDING, good.patronStatus());
            assertEquals("Demo Patron", good.personalName());
            assertTrue(good.validPatron() && good.validPatronPassword());
            assertEquals(new BigDecimal("2.50"), good.feeAmount());

            PatronStatusResponse wrongPin =
                    (PatronStatusResponse) client.exchangeParsed("2300120240315    143022AOCPL|AAterm1|AC|ADnope|");
            assertFalse(wrongPin.validPatronPassword());

            PatronStatusResponse noPin =
                    (PatronStatusResponse) client.exchangeParsed("2300120240315    143022AOCPL|AAterm1|AC|AD|");
            assertFalse(noPin.validPatronPassword(), "term1 must send the PIN: none is a wrong one");
            assertEquals("The PIN is not correct", noPin.screenMessage().get(0));

            PatronStatusResponse unknown =
                    (PatronStatusResponse) client.exchangeParsed("2300120240315    143022AOCPL|AA99999999|AC|AD|");
            assertEquals(PatronStatus.UNKNOWN_PATRON, unknown.patronStatus());
            assertFalse(unknown.validPatron());
            assertEquals("", unknown.personalName());
        }
    }

    @Test
    void blockedExpiredAndLostCardPatronsAreReported() throws IOException {
        try (SipClient client = SipClient.loggedIn()) {
            PatronStatusResponse blocked = (PatronStatusResponse)
                    client.exchangeParsed("2300120240315    143022AOCPL|AA23529000000113|AC|ADp0113|");
            assertTrue(blocked.patronStatus().has(PatronStatus.Flag.CHARGE_PRIVILEGES_DENIED));
            assertTrue(blocked.screenMessage().get(0).contains("Card damaged"));
            PatronStatusResponse expired = (PatronStatusResponse)
                    client.exchangeParsed("2300120240315    143022AOCPL|AA23529000000114|AC|ADp0114|");
            assertTrue(expired.screenMessage().get(0).contains("expired"));
            PatronStatusResponse lost = (PatronStatusResponse)
                    client.exchangeParsed("2300120240315    143022AOCPL|AA23529000000115|AC|ADp0115|");
            assertTrue(lost.patronStatus().has(PatronStatus.Flag.CARD_REPORTED_LOST));
            PatronStatusResponse fines = (PatronStatusResponse)
                    client.exchangeParsed("2300120240315    143022AOCPL|AA23529000000116|AC|ADp0116|");
            assertTrue(fines.patronStatus().has(PatronStatus.Flag.EXCESSIVE_OUTSTANDING_FINES));
            PatronStatusResponse overdue = (PatronStatusResponse)
                    client.exchangeParsed("2300120240315    143022AOCPL|AA23529000000117|AC|ADp0117|");
            assertTrue(overdue.patronStatus().has(PatronStatus.Flag.TOO_MANY_ITEMS_OVERDUE));
        }
    }

    @Test
    void patronInformationWithEachSummaryPosition() throws IOException {
        try (SipClient client = SipClient.loggedIn()) {
            PatronInformationResponse holds = summary(client, 0);
            assertEquals(List.of("39999000000005"), holds.holdItems());
            assertEquals(1, holds.holdItemsCount());
            assertEquals(List.of(), holds.chargedItems(), "only the list asked for");

            PatronInformationResponse overdue = summary(client, 1);
            assertEquals(List.of("39999000000003"), overdue.overdueItems());
            assertEquals(1, overdue.overdueItemsCount());

            PatronInformationResponse charged = summary(client, 2);
            assertEquals(
                    List.of("39999000000003", "39999000000002", "39999000000001"),
                    charged.chargedItems(),
                    "by due date");
            assertEquals(3, charged.chargedItemsCount());

            PatronInformationResponse fines = summary(client, 3);
            assertEquals(List.of("39999000000006"), fines.fineItems());
            assertEquals(1, fines.fineItemsCount());

            PatronInformationResponse recalls = summary(client, 4);
            assertEquals(List.of(), recalls.recallItems());
            assertEquals(0, recalls.recallItemsCount());

            PatronInformationResponse unavailable = summary(client, 5);
            assertEquals(List.of("39999000000004"), unavailable.unavailableHoldItems());
            assertEquals(1, unavailable.unavailableHoldsCount());

            PatronInformationResponse none = summary(client, -1);
            assertEquals(List.of(), none.holdItems());
            assertEquals(3, none.chargedItemsCount(), "counts come whatever the summary");
            assertEquals(10, none.chargedItemsLimit());
            assertEquals("demo.patron@example.org", none.emailAddress());
        }
    }

    @Test
    void patronInformationListRanges() throws IOException {
        try (SipClient client = SipClient.loggedIn()) {
            String charged = "6300020240315    143022  Y       AOCPL|AAterm1|AC|ADterm1|";
            assertEquals(
                    List.of("39999000000002", "39999000000001"),
                    ((PatronInformationResponse) client.exchangeParsed(charged + "BP2|BQ5|")).chargedItems(),
                    "BQ clamped to the list");
            assertEquals(
                    List.of("39999000000003"),
                    ((PatronInformationResponse) client.exchangeParsed(charged + "BP1|BQ1|")).chargedItems());
            PatronInformationResponse past = (PatronInformationResponse) client.exchangeParsed(charged + "BP9|BQ12|");
            assertEquals(List.of(), past.chargedItems());
            assertEquals(3, past.chargedItemsCount());
        }
    }

    @Test
    void patronInformationWithAWrongPinHidesTheDetails() throws IOException {
        try (SipClient client = SipClient.loggedIn()) {
            PatronInformationResponse response = (PatronInformationResponse)
                    client.exchangeParsed("6300020240315    143022  Y       AOCPL|AAterm1|AC|ADwrong|");
            assertFalse(response.validPatronPassword());
            assertEquals(List.of(), response.chargedItems());
            assertNull(response.homeAddress());
            assertEquals(List.of("The PIN is not correct"), response.screenMessage());
        }
    }

    @Test
    void itemInformation() throws IOException {
        try (SipClient client = SipClient.loggedIn()) {
            ItemInformationResponse charged =
                    (ItemInformationResponse) client.exchangeParsed("1720240315    143022AOCPL|AB39999000000001|AC|");
            assertEquals(CirculationStatus.CHARGED, charged.circulationStatus());
            assertEquals("Pride and Prejudice", charged.titleIdentifier());
            assertTrue(charged.dueDate().matches("\\d{8} {4}\\d{6}"), charged.dueDate());
            assertEquals("CPL", charged.owner());

            ItemInformationResponse onShelf =
                    (ItemInformationResponse) client.exchangeParsed("1720240315    143022AOCPL|AB39999000000005|AC|");
            assertEquals(CirculationStatus.WAITING_ON_HOLD_SHELF, onShelf.circulationStatus());
            assertEquals(1, onShelf.holdQueueLength());

            ItemInformationResponse available =
                    (ItemInformationResponse) client.exchangeParsed("1720240315    143022AOCPL|AB39999000000150|AC|");
            assertEquals(CirculationStatus.AVAILABLE, available.circulationStatus());
            assertNull(available.dueDate());

            String unknown = client.exchange("1720240315    143022AOCPL|AB99999999|AC|");
            assertTrue(unknown.matches("^18010101\\d{8} {4}\\d{6}AB99999999\\|AJ\\|AFItem not found\\|$"), unknown);
        }
    }

    @Test
    void endPatronSession() throws IOException {
        try (SipClient client = SipClient.loggedIn()) {
            EndSessionResponse end =
                    (EndSessionResponse) client.exchangeParsed("3520240315    143022AOCPL|AAterm1|AC|ADterm1|");
            assertTrue(end.endSession());
            assertEquals("term1", end.patronIdentifier());
            assertEquals(
                    List.of("Merci, à bientôt ! N'oubliez pas votre carte"),
                    end.screenMessage(),
                    "the library's own text for SESSION_ENDED (sip.screen.messages)");
        }
    }

    @Test
    void requestsBeforeLoginAreRefused() throws IOException {
        try (SipClient client = new SipClient()) {
            String refused = client.exchange("2300120240315    143022AOCPL|AAterm1|AC|AD|");
            assertTrue(refused.startsWith("24YYYY") && refused.contains("AFTerminal not logged in"), refused);
            String checkout =
                    client.exchange("11YN20240315    143022                  AOCPL|AAterm1|AB39999000000150|AC|");
            assertTrue(checkout.startsWith("120NUN") && checkout.contains("AFTerminal not logged in"), checkout);
        }
    }

    // --- Error detection ---

    @Test
    void errorDetectionResendAndBadChecksum() throws IOException {
        try (SipClient client = new SipClient()) {
            assertEquals("941AY0AZFDFD", client.exchangeWithErrorDetection("9300CNterm1|COterm1|CPCPL|", "0"));
            String patron = client.exchangeWithErrorDetection("2300120240315    143022AOCPL|AAterm1|AC|AD|", "1");
            assertTrue(patron.startsWith("24") && patron.contains("|AY1AZ"), patron);
            assertEquals(patron, client.exchange("97AZFEF5"), "97 repeats the last response");
            assertEquals(
                    "96AZFEF6",
                    client.exchange("2300120240315    143022AOCPL|AAterm1|AC|AD|AY2AZ0000"),
                    "bad checksum");
            assertEquals("96AZFEF6", client.exchange("97AZFEF5"), "a 97 after a 96 repeats the 96");
        }
    }

    // --- Bad input: each on its own connection, then a fresh connection still gets a 98 ---

    @Test
    void randomBytes() throws IOException {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        try (SipClient client = new SipClient()) {
            client.sendBytes(noise);
            client.send("\r");
        }
        assertServerStillAnswers();
    }

    @Test
    void unknownMessageId() throws IOException {
        try (SipClient client = new SipClient()) {
            assertEquals("96", client.exchange("42hello world|"));
            assertEquals("96", client.exchange("XY"));
        }
        assertServerStillAnswers();
    }

    @Test
    void lineOf100KilobytesClosesTheConnection() throws IOException {
        try (SipClient client = new SipClient()) {
            client.send("23" + "x".repeat(100 * 1024));
            assertTrue(client.closedByServer());
        }
        assertServerStillAnswers();
    }

    @Test
    void invalidUtf8() throws IOException {
        try (SipClient client = new SipClient()) {
            client.sendBytes(new byte[] {
                '9',
                '3',
                '0',
                '0',
                'C',
                'N',
                (byte) 0xC3,
                (byte) 0x28,
                (byte) 0xFF,
                '|',
                'C',
                'O',
                (byte) 0xE2,
                '|',
                '\r'
            });
            assertEquals("940", client.readResponse());
        }
        assertServerStillAnswers();
    }

    @Test
    void noTerminatorThenClose() throws IOException {
        try (SipClient client = new SipClient()) {
            client.send("9300CNterm1|COterm1|CPCPL|");
        }
        assertServerStillAnswers();
    }

    private static void assertServerStillAnswers() throws IOException {
        try (SipClient fresh = new SipClient()) {
            String status = fresh.exchange("9900302.00");
            assertTrue(status.matches("^98Y[YN]{5}\\d{3}\\d{3}\\d{8} {4}\\d{6}2\\.00AO.*\\|BX[YN]{16}\\|.*"), status);
        }
    }

    // --- Logs ---

    @Test
    void sipLogHasAMaskedLinePerRequestAndNoLogHoldsASecret() throws IOException {
        String wrongPassword = "Wr0ngPassw0rdXYZ";
        String pin = "p0101";
        try (SipClient client = SipClient.loggedIn()) {
            client.exchange("9300CNterm1|CO" + wrongPassword + "|CPCPL|");
            client.exchange("9300CNterm1|COterm1|CPCPL|");
            client.exchange("2300120240315    143022AOCPL|AA23529000000101|ACterminalSecret77|AD" + pin + "|");
            client.exchange(
                    "6300120240315    143022          AOCPL|AA23529000000101|ACterminalSecret77|AD" + pin + "|");
        }
        // Before login the server cannot know a terminal's delimiter; noise may precede the message; a refused
        // login's user id is often a password typed in the wrong field.
        for (String login : List.of(
                "9300CNterm1^COcaretSecret42^CPCPL^",
                "179300CNterm1|COnoiseSecret43|CPCPL|",
                "\u00ff\u00fbxx9300CNterm1|COnoise2Secret44|",
                "9300CNmistypedPassw0rd77|CO|")) {
            try (SipClient client = new SipClient()) {
                client.exchange(login);
            }
        }
        Path logs = Path.of(System.getProperty("it.logs"));
        String sipLog = Files.readString(logs.resolve("sip.log"), StandardCharsets.UTF_8);
        assertTrue(
                Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} term1 127\\.0\\.0\\.1 "
                                + "#\\d+ 23>24 [\\d.]+ms \"2300120240315    "
                                + "143022AOCPL\\|AA23529000000101\\|AC\\*\\*\\*\\|AD\\*\\*\\*\\|\"")
                        .matcher(sipLog)
                        .find(),
                "a 23 line with time, terminal, address, types, milliseconds and masked secrets");
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(file -> !file.toString().endsWith(".lck"))
                    .toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                for (String secret : List.of(
                        wrongPassword,
                        pin,
                        "terminalSecret77",
                        "caretSecret42",
                        "noiseSecret43",
                        "noise2Secret44",
                        "mistypedPassw0rd77")) {
                    assertFalse(text.contains(secret), secret + " found in " + file);
                }
            }
        }
    }

    private static PatronInformationResponse summary(SipClient client, int position) throws IOException {
        char[] summary = " ".repeat(10).toCharArray();
        if (position >= 0) {
            summary[position] = 'Y';
        }
        return (PatronInformationResponse)
                client.exchangeParsed(String.format(DEMO_PATRON_63.replace("%s ", "%s"), new String(summary)));
    }
}
