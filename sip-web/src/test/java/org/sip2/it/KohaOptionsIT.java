package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sip2.it.koha.KohaFixtures.ADVERTISING;
import static org.sip2.it.koha.KohaFixtures.LIBRARY;
import static org.sip2.it.koha.KohaFixtures.LOAN_DAYS;
import static org.sip2.it.koha.KohaFixtures.PIN;
import static org.sip2.it.koha.KohaFixtures.item;
import static org.sip2.it.koha.KohaFixtures.patron;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
import org.sip2.it.koha.KohaFixtures;
import org.sip2.it.koha.KohaGapFixtures;
import org.sip2.it.koha.KohaPayments;
import org.sip2.protocol.AcsStatusResponse;
import org.sip2.protocol.AlertType;
import org.sip2.protocol.CheckinResponse;
import org.sip2.protocol.CheckoutResponse;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.ExtraField;
import org.sip2.protocol.FeeType;
import org.sip2.protocol.ItemInformationResponse;
import org.sip2.protocol.PatronInformationResponse;
import org.sip2.protocol.RenewResponse;

/**
 * The per-account behaviour options a Koha library brings (docs/migrating-from-koha.md), the
 * institution's policy mode and the vendors' extension fields, over TCP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KohaOptionsIT {

    private static final String NO_DATE = " ".repeat(18);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sip.war")))
                .addClasses(KohaFixtures.class, KohaGapFixtures.class, KohaPayments.class);
    }

    @ArquillianResource
    URL deployed;

    private static SipClient terminal(String loginId) throws IOException {
        return SipClient.loggedIn(loginId, loginId, LIBRARY);
    }

    private static String checkin(String item, String location) {
        return "09N" + Sip.now() + NO_DATE + "AP" + location + "|AO" + LIBRARY + "|AB" + item + "|AC|";
    }

    private static String checkout(String institution, String patron, String item) {
        return "11NN" + Sip.now() + NO_DATE + "AO" + institution + "|AA" + patron + "|AB" + item + "|AC|";
    }

    private static String renew(String institution, String patron, String item) {
        return "29NN" + Sip.now() + NO_DATE + "AO" + institution + "|AA" + patron + "|AB" + item + "|AC|";
    }

    private static String itemInformation(String item) {
        return "17" + Sip.now() + "AO" + LIBRARY + "|AB" + item + "|AC|";
    }

    @Test
    void checkedInOkDecidesTheAnswerForAnItemThatWasNotOut() throws IOException {
        try (SipClient strict = terminal("koh-strict");
                SipClient sorter = terminal("koh-sorter")) {
            CheckinResponse refused = (CheckinResponse) strict.exchangeParsed(checkin(item(1), LIBRARY));
            assertFalse(refused.ok(), "checked_in_ok=0: not out means ok=0, as Koha");
            assertTrue(refused.alert());
            assertEquals(
                    "This item was not checked out", refused.screenMessage().get(0));
            CheckinResponse accepted = (CheckinResponse) sorter.exchangeParsed(checkin(item(1), LIBRARY));
            assertTrue(accepted.ok(), "checked_in_ok by default: ok=1");
        }
    }

    @Test
    void aSorterGetsItsSortBinCv00AndAnEmptyCt() throws IOException {
        try (SipClient sorter = terminal("koh-sorter")) {
            String raw = sorter.exchange(checkin(item(2), LIBRARY));
            assertTrue(raw.contains("|CT|"), "ct_always_send: CT even when the item stays: " + raw);
            CheckinResponse response = (CheckinResponse) new org.sip2.protocol.SipCodec().parse(raw);
            assertTrue(response.ok());
            assertEquals("3", response.sortBin(), "first matching rule: itype DVD before ccode FIC");
            assertEquals("FIC", response.collectionCode());
            assertEquals(AlertType.UNKNOWN, response.alertType(), "cv_send_00_on_success: CV00");
            assertFalse(response.alert(), "cv_triggers_alert: CV00 raises no alert");
        }
    }

    @Test
    void theReturnBranchComesFromAp() throws IOException {
        try (SipClient sorter = terminal("koh-sorter")) {
            CheckinResponse response = (CheckinResponse) sorter.exchangeParsed(checkin(item(3), "KOHB2"));
            assertTrue(response.ok());
            assertEquals(AlertType.SEND_TO_OTHER_BRANCH, response.alertType(), "returned at KOHB2, home is KOHLIB");
            assertEquals(LIBRARY, response.destinationLocation());
            assertTrue(response.alert());
            assertNull(response.sortBin(), "the sort-bin rules are for KOHLIB");
        }
    }

    @Test
    void holdsBlockCheckinLeavesTheLoanOpen() throws IOException {
        try (SipClient desk = terminal("koh-holdblock")) {
            CheckinResponse response = (CheckinResponse) desk.exchangeParsed(checkin(item(4), LIBRARY));
            assertFalse(response.ok());
            assertEquals(AlertType.OTHER, response.alertType(), "CV99");
            ItemInformationResponse info = (ItemInformationResponse) desk.exchangeParsed(itemInformation(item(4)));
            assertEquals(CirculationStatus.CHARGED, info.circulationStatus(), "still on loan");
        }
    }

    @Test
    void withoutCaptureTheHoldIsLeftForStaff() throws IOException {
        try (SipClient kiosk = terminal("koh-nocapture")) {
            CheckinResponse response = (CheckinResponse) kiosk.exchangeParsed(checkin(item(5), LIBRARY));
            assertTrue(response.ok());
            assertNull(response.holdPatronId());
            assertNull(response.alertType());
            assertTrue(
                    response.screenMessage().contains("This item has holds: staff will trap it"),
                    response.screenMessage().toString());
            ItemInformationResponse info = (ItemInformationResponse) kiosk.exchangeParsed(itemInformation(item(5)));
            assertEquals(CirculationStatus.AVAILABLE, info.circulationStatus(), "not trapped");
        }
    }

    @Test
    void checkoutOptionsFormatTheDueDateBlockItemTypesAndLendInHouse() throws IOException {
        try (SipClient sorter = terminal("koh-sorter")) {
            CheckoutResponse out = (CheckoutResponse) sorter.exchangeParsed(checkout(LIBRARY, patron(1), item(6)));
            assertTrue(out.ok(), String.valueOf(out.screenMessage()));
            assertEquals(
                    DAY_FIRST.format(LocalDate.now().plusDays(LOAN_DAYS)), out.dueDate(), "format_due_date dd/MM/yyyy");
            CheckoutResponse dvd = (CheckoutResponse) sorter.exchangeParsed(checkout(LIBRARY, patron(1), item(7)));
            assertFalse(dvd.ok());
            assertEquals(
                    "This item cannot be checked out at this terminal, please see staff",
                    dvd.screenMessage().get(0));
            CheckoutResponse reference =
                    (CheckoutResponse) sorter.exchangeParsed(checkout(LIBRARY, patron(1), item(11)));
            assertTrue(reference.ok());
            assertEquals(DAY_FIRST.format(LocalDate.now()), reference.dueDate(), "in-house use: due today");
        }
    }

    @Test
    void anAdvertisedPolicyIsReportedButNotEnforced() throws IOException {
        try (SipClient advertising = SipClient.loggedIn("koh-adv", "koh-adv", ADVERTISING);
                SipClient enforcing = terminal("koh-strict")) {
            assertFalse(
                    ((AcsStatusResponse) advertising.exchangeParsed("9900302.00")).acsRenewalPolicy(),
                    "98 says no renewals");
            RenewResponse renewed = (RenewResponse) advertising.exchangeParsed(renew(ADVERTISING, patron(3), item(8)));
            assertTrue(renewed.ok(), "advertise only, as Koha: " + renewed.screenMessage());
            RenewResponse refused = (RenewResponse) enforcing.exchangeParsed(renew(LIBRARY, patron(1), item(9)));
            assertFalse(refused.ok());
            assertEquals(
                    "Renewal is not allowed at this library",
                    refused.screenMessage().get(0));
        }
    }

    @Test
    void anOfflineDueDateBeyondTheRuleGetsTheRulesDate() throws IOException {
        LocalDateTime when = LocalDateTime.now().minusDays(1);
        try (SipClient kiosk = terminal("koh-strict")) {
            CheckoutResponse out = (CheckoutResponse) kiosk.exchangeParsed("11NY" + Sip.date(when)
                    + Sip.date(when.plusDays(60))
                    + "AO" + LIBRARY + "|AA" + patron(2) + "|AB" + item(10) + "|AC|");
            assertTrue(out.ok(), String.valueOf(out.screenMessage()));
            assertTrue(
                    out.dueDate().startsWith(Sip.date(when.plusDays(LOAN_DAYS)).substring(0, 8)), out.dueDate());
            assertTrue(
                    out.screenMessage().stream().anyMatch(m -> m.contains("outside the loan rule")),
                    out.screenMessage().toString());
        }
    }

    @Test
    void patronAndItemInformationCarryTheVendorsFields() throws IOException {
        try (SipClient kiosk = terminal("koh-strict")) {
            PatronInformationResponse patron = (PatronInformationResponse) kiosk.exchangeParsed(
                    "63001" + Sip.now() + " ".repeat(10) + "AO" + LIBRARY + "|AA" + patron(1) + "|AC|AD" + PIN + "|");
            assertEquals(
                    List.of(
                            new ExtraField("PB", "19900401"),
                            new ExtraField("PC", "STAFF"),
                            new ExtraField("PI", "Y"),
                            new ExtraField("AQ", LIBRARY)),
                    patron.extensions(),
                    "AQ: the home library, as Evergreen sends it");
            PatronInformationResponse withoutPin = (PatronInformationResponse) kiosk.exchangeParsed(
                    "63001" + Sip.now() + " ".repeat(10) + "AO" + LIBRARY + "|AA" + patron(1) + "|AC|");
            assertEquals(
                    List.of(new ExtraField("PC", "STAFF"), new ExtraField("PI", "Y"), new ExtraField("AQ", LIBRARY)),
                    withoutPin.extensions(),
                    "no birth date without a verified PIN");
            ItemInformationResponse item = (ItemInformationResponse) kiosk.exchangeParsed(itemInformation(item(2)));
            assertEquals(List.of(new ExtraField("CR", "FIC")), item.extensions());
            ItemInformationResponse rental = (ItemInformationResponse) kiosk.exchangeParsed(itemInformation(item(13)));
            assertEquals(FeeType.RENTAL, rental.feeType());
            assertEquals("USD", rental.currencyType());
            assertEquals(new BigDecimal("1.50"), rental.feeAmount(), "BH/BV: what a loan of it costs");
        }
    }

    @Test
    void displayOptionsShapePatronInformation() throws IOException {
        try (SipClient kiosk = terminal("koh-display")) {
            String raw = kiosk.exchange(
                    "63001" + Sip.now() + "   Y      AO" + LIBRARY + "|AA" + patron(4) + "|AC|AD" + PIN + "|");
            assertFalse(raw.contains("|BE"), "hide_fields BE: " + raw);
            PatronInformationResponse info = (PatronInformationResponse) new org.sip2.protocol.SipCodec().parse(raw);
            assertEquals("Doe, Jane", info.personalName(), "ae_field_template");
            assertEquals(List.of("Lost card 2.50"), info.fineItems(), "av_field_template");
            assertEquals(
                    List.of(
                            new ExtraField("PC", "ADULT"),
                            new ExtraField("PI", "Y"),
                            new ExtraField("AQ", LIBRARY),
                            new ExtraField("XC", "ADULT")),
                    info.extensions(),
                    "PB hidden, custom_patron_field XC");
            assertEquals(
                    List.of("Balance: 2.50 USD", LIBRARY),
                    info.screenMessage(),
                    "show_outstanding_amount rewritten by screen_msg_regex, then the home library");
        }
    }

    @Test
    void aQuietCheckinWithATemplatedHoldPatronAndACustomItemField() throws IOException {
        try (SipClient kiosk = terminal("koh-display")) {
            CheckinResponse response = (CheckinResponse) kiosk.exchangeParsed(checkin(item(12), LIBRARY));
            assertTrue(response.ok());
            assertEquals(patron(4), response.holdPatronId());
            assertEquals("HOLD Doe", response.holdPatronName(), "da_field_template");
            assertTrue(response.screenMessage().isEmpty(), "show_checkin_message off: " + response.screenMessage());
            assertEquals(List.of(new ExtraField("ZY", "NF")), response.extensions(), "custom_item_field");
        }
    }

    @Test
    void allowFieldsSendsOnlyTheListedOptionalFields() throws IOException {
        try (SipClient kiosk = terminal("koh-allow")) {
            String raw =
                    kiosk.exchange("23001" + Sip.now() + "AO" + LIBRARY + "|AA" + patron(4) + "|AC|AD" + PIN + "|");
            assertTrue(raw.contains("|AEDoe, Jane|") && raw.contains("|BLY|"), raw);
            assertFalse(raw.contains("|BV") || raw.contains("|BH") || raw.contains("|CQ"), "only AE and BL: " + raw);
        }
    }

    @Test
    void anOverpaymentBecomesACreditAWriteOffIsNamedAndBkIsEchoed() throws IOException {
        try (SipClient kiosk = terminal("koh-fees")) {
            String over = kiosk.exchange(
                    "37" + Sip.now() + "0400USDBV5.00|AO" + LIBRARY + "|AA" + patron(5) + "|AC|BKKOH-TX-1|");
            assertTrue(over.startsWith("38Y"), over);
            assertTrue(over.contains("|BKKOH-TX-1|"), "the SC's transaction id: " + over);
            assertTrue(over.contains("AFPayment of 5.00 USD accepted, 4.00 USD kept as a credit|"), over);
            String writeOff =
                    kiosk.exchange("37" + Sip.now() + "0406USDBV1.00|AO" + LIBRARY + "|AA" + patron(6) + "|AC|");
            assertTrue(writeOff.contains("AF1.00 USD written off, nothing is owed now|"), writeOff);
        }
        try (SipClient strict = terminal("koh-strict")) {
            String refused =
                    strict.exchange("37" + Sip.now() + "0400USDBV9.00|AO" + LIBRARY + "|AA" + patron(4) + "|AC|");
            assertTrue(refused.startsWith("38N"), "disallow_overpayment by default: " + refused);
        }
        assertEquals("KOH-TX-1 7", payments(patron(5)), "register_id: booked to register 7");
        assertEquals("", payments(patron(4)), "a refused payment is not booked");
    }

    private String payments(String patron) throws IOException {
        URI uri = URI.create(
                "http://127.0.0.1:" + deployed.getPort() + deployed.getPath() + "it/koha-payments?patron=" + patron);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
                    .body()
                    .strip();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void lostItemsAndAnEarlierLoanBlockACheckoutWhereTheAccountAsks() throws IOException {
        try (SipClient history = terminal("koh-history");
                SipClient strict = terminal("koh-strict")) {
            CheckoutResponse lost = (CheckoutResponse) history.exchangeParsed(checkout(LIBRARY, patron(7), item(16)));
            assertFalse(lost.ok(), "lost_block_checkout=1 and one lost item on loan");
            assertEquals(
                    "Too many of your loans are lost items, please see staff",
                    lost.screenMessage().get(0));
            CheckoutResponse again = (CheckoutResponse) history.exchangeParsed(checkout(LIBRARY, patron(8), item(15)));
            assertFalse(again.ok(), "prevcheckout_block_checkout: borrowed and returned before");
            assertEquals(
                    "You have borrowed this item before, please see staff",
                    again.screenMessage().get(0));
            assertTrue(
                    ((CheckoutResponse) strict.exchangeParsed(checkout(LIBRARY, patron(8), item(15)))).ok(),
                    "an account without the options lends it");
            assertTrue(((CheckoutResponse) strict.exchangeParsed(checkout(LIBRARY, patron(7), item(16)))).ok());
        }
    }

    @Test
    void nonprintingCharactersAreConvertedAndCrCarriesTheNamedProperty() throws IOException {
        try (SipClient print = terminal("koh-print");
                SipClient strict = terminal("koh-strict")) {
            String converted = print.exchange(itemInformation(item(17)));
            assertTrue(converted.contains("|AJKoha?Bell|"), "convert_nonprinting_characters=?: " + converted);
            assertTrue(converted.contains("|CRKIT|"), "cr_item_field=itype: " + converted);
            String plain = strict.exchange(itemInformation(item(17)));
            assertTrue(plain.contains("|AJKoha Bell|"), "without the option a control character is a space: " + plain);
            assertFalse(plain.contains("|CR"), "no collection code: " + plain);
        }
    }

    @Test
    void itemInformationRecordsASightingAndMayEndALostStatus() throws IOException {
        List<ExtraField> seenToday =
                List.of(new ExtraField("ZS", LocalDate.now().toString()));
        try (SipClient found = terminal("koh-found");
                SipClient keep = terminal("koh-keeplost");
                SipClient strict = terminal("koh-strict")) {
            assertEquals(
                    CirculationStatus.LOST,
                    ((ItemInformationResponse) strict.exchangeParsed(itemInformation(item(18)))).circulationStatus());
            ItemInformationResponse kept = (ItemInformationResponse) keep.exchangeParsed(itemInformation(item(19)));
            assertEquals(CirculationStatus.LOST, kept.circulationStatus(), "keep_lost");
            assertEquals(seenToday, kept.extensions(), "datelastseen recorded");
            ItemInformationResponse seen = (ItemInformationResponse) found.exchangeParsed(itemInformation(item(18)));
            assertEquals(CirculationStatus.AVAILABLE, seen.circulationStatus(), "mark_found: no loan, on the shelf");
            assertEquals(seenToday, seen.extensions());
            assertEquals(
                    CirculationStatus.AVAILABLE,
                    ((ItemInformationResponse) strict.exchangeParsed(itemInformation(item(18)))).circulationStatus(),
                    "stored");
        }
    }

    private static SipClient gapTerminal(String loginId) throws IOException {
        return SipClient.loggedIn(loginId, loginId, KohaGapFixtures.LIBRARY);
    }

    /** A checkout at G13LIB with the patron's PIN ({@code pin} null: no AD at all). */
    private static CheckoutResponse gapCheckout(SipClient terminal, String patron, String item, String pin)
            throws IOException {
        return (CheckoutResponse) terminal.exchangeParsed("11NN" + Sip.now() + NO_DATE + "AO" + KohaGapFixtures.LIBRARY
                + "|AA" + patron + "|AB" + item + "|AC|" + (pin == null ? "" : "AD" + pin + "|"));
    }

    private static CheckinResponse gapCheckin(SipClient terminal, String item, String location) throws IOException {
        return (CheckinResponse) terminal.exchangeParsed("09N" + Sip.now() + NO_DATE + "AP" + location + "|AO"
                + KohaGapFixtures.LIBRARY + "|AB" + item + "|AC|");
    }

    private static String endOfDay(LocalDate day) {
        return Sip.date(day.atTime(LocalTime.of(23, 59, 59)));
    }

    @Test
    void overduesBlockCheckoutOffLendsToAPatronWithOverdueItems() throws IOException {
        try (SipClient strict = gapTerminal("g13-strict");
                SipClient lenient = gapTerminal("g13-overdues")) {
            CheckoutResponse refused = gapCheckout(strict, KohaGapFixtures.patron(1), KohaGapFixtures.item(2), PIN);
            assertFalse(refused.ok(), "one overdue item reaches G13LIB's overdue limit");
            assertEquals(
                    "You have too many overdue items, please return them first",
                    refused.screenMessage().get(0));
            CheckoutResponse lent = gapCheckout(lenient, KohaGapFixtures.patron(1), KohaGapFixtures.item(2), PIN);
            assertTrue(lent.ok(), "overdues_block_checkout=0: " + lent.screenMessage());
        }
    }

    @Test
    void inhousePatronCategoriesLendForTheDayAndTheDefaultDueDateHas18Characters() throws IOException {
        try (SipClient inhouse = gapTerminal("g13-inhouse");
                SipClient strict = gapTerminal("g13-strict")) {
            CheckoutResponse reading = gapCheckout(inhouse, KohaGapFixtures.patron(2), KohaGapFixtures.item(4), PIN);
            assertTrue(reading.ok(), String.valueOf(reading.screenMessage()));
            assertEquals(endOfDay(LocalDate.now()), reading.dueDate(), "category INHOUSE: due at the end of today");
            assertTrue(
                    reading.screenMessage().contains("For use in the library: please return it today"),
                    reading.screenMessage().toString());
            CheckoutResponse other = gapCheckout(inhouse, KohaGapFixtures.patron(4), KohaGapFixtures.item(5), PIN);
            assertEquals(
                    endOfDay(LocalDate.now().plusDays(KohaGapFixtures.LOAN_DAYS)),
                    other.dueDate(),
                    "a patron of another category borrows for the rule's period");
            CheckoutResponse plain = gapCheckout(strict, KohaGapFixtures.patron(3), KohaGapFixtures.item(3), PIN);
            assertTrue(plain.ok(), String.valueOf(plain.screenMessage()));
            assertEquals(18, plain.dueDate().length(), plain.dueDate());
            assertEquals(
                    endOfDay(LocalDate.now().plusDays(KohaGapFixtures.LOAN_DAYS)),
                    plain.dueDate(),
                    "no format_due_date: YYYYMMDDZZZZHHMMSS");
        }
    }

    @Test
    void allowEmptyPasswordsAcceptsAnEmptyPin() throws IOException {
        try (SipClient required = gapTerminal("g13-noempty");
                SipClient empty = gapTerminal("g13-empty")) {
            CheckoutResponse refused = gapCheckout(required, KohaGapFixtures.patron(4), KohaGapFixtures.item(11), "");
            assertFalse(refused.ok(), "the account requires PINs: an empty AD is a wrong PIN");
            assertEquals("The PIN is not correct", refused.screenMessage().get(0));
            assertFalse(
                    gapCheckout(required, KohaGapFixtures.patron(4), KohaGapFixtures.item(11), null)
                            .ok(),
                    "nor may AD be left out");
            CheckoutResponse lent = gapCheckout(empty, KohaGapFixtures.patron(4), KohaGapFixtures.item(11), "");
            assertTrue(lent.ok(), "allow_empty_passwords: " + lent.screenMessage());
        }
    }

    @Test
    void sortBinsByBranchAndByCallNumber() throws IOException {
        try (SipClient sorter = gapTerminal("g13-sorter")) {
            assertEquals(
                    "1",
                    gapCheckin(sorter, KohaGapFixtures.item(6), KohaGapFixtures.LIBRARY)
                            .sortBin(),
                    "call number 398.2 lt 500");
            assertEquals(
                    "4",
                    gapCheckin(sorter, KohaGapFixtures.item(7), KohaGapFixtures.LIBRARY)
                            .sortBin(),
                    "call number 823.914 ge 500");
            CheckinResponse elsewhere = gapCheckin(sorter, KohaGapFixtures.item(8), KohaGapFixtures.BRANCH);
            assertTrue(elsewhere.ok());
            assertEquals("7", elsewhere.sortBin(), "returned at G13B2 (AP): that branch's rule for G13LIB's items");
        }
    }

    @Test
    void anOfflineDueDateInThePastIsKeptOnlyWhenItFollowsTheTransaction() throws IOException {
        LocalDateTime yesterday = LocalDateTime.now().minusDays(1).withNano(0);
        LocalDateTime weeksAgo = LocalDateTime.now().minusDays(20).withNano(0);
        try (SipClient kiosk = gapTerminal("g13-strict")) {
            CheckoutResponse before = (CheckoutResponse) kiosk.exchangeParsed(Sip.offlineCheckout(
                    KohaGapFixtures.LIBRARY,
                    KohaGapFixtures.patron(5),
                    PIN,
                    KohaGapFixtures.item(9),
                    yesterday,
                    yesterday.minusDays(2)));
            assertTrue(before.ok(), "it has happened: no refusal " + before.screenMessage());
            assertEquals(
                    endOfDay(yesterday.toLocalDate().plusDays(KohaGapFixtures.LOAN_DAYS)),
                    before.dueDate(),
                    "a due date before the transaction: the rule's date from the transaction");
            assertTrue(
                    before.screenMessage().stream().anyMatch(m -> m.contains("outside the loan rule")),
                    before.screenMessage().toString());
            LocalDateTime toldDue = weeksAgo.plusDays(10);
            CheckoutResponse passed = (CheckoutResponse) kiosk.exchangeParsed(Sip.offlineCheckout(
                    KohaGapFixtures.LIBRARY,
                    KohaGapFixtures.patron(5),
                    PIN,
                    KohaGapFixtures.item(10),
                    weeksAgo,
                    toldDue));
            assertTrue(passed.ok(), String.valueOf(passed.screenMessage()));
            assertEquals(
                    Sip.date(toldDue),
                    passed.dueDate(),
                    "within the rule from the transaction: the date the patron was given, though it has passed");
            ItemInformationResponse info = (ItemInformationResponse) kiosk.exchangeParsed(
                    "17" + Sip.now() + "AO" + KohaGapFixtures.LIBRARY + "|AB" + KohaGapFixtures.item(10) + "|AC|");
            assertEquals(CirculationStatus.CHARGED, info.circulationStatus(), "lent, and overdue at once");
        }
    }
}
