package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sip2.it.limits.LoanLimitFixtures;
import org.sip2.protocol.AlertType;
import org.sip2.protocol.CheckinResponse;
import org.sip2.protocol.CheckoutResponse;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.FeePaidResponse;
import org.sip2.protocol.FeeType;
import org.sip2.protocol.HoldResponse;
import org.sip2.protocol.ItemInformationResponse;
import org.sip2.protocol.ItemStatusUpdateResponse;
import org.sip2.protocol.PatronEnableResponse;
import org.sip2.protocol.PatronInformationResponse;
import org.sip2.protocol.PatronStatus;
import org.sip2.protocol.PatronStatusResponse;
import org.sip2.protocol.RenewAllResponse;
import org.sip2.protocol.RenewResponse;
import org.sip2.protocol.SipCodec;
import org.sip2.protocol.Tristate;

/**
 * Circulation over TCP against Payara Micro and the demo library: every message, every refusal
 * path with its screen message, exactly-once under retransmission and under concurrency.
 * Each test uses its own patrons and items of the demo data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CirculationIT {

    private static final String ADA = "23529000000118";
    private static final String ADA_PIN = "p0118";
    private static final String BEA = "23529000000120";
    private static final String BEA_PIN = "p0120";
    private static final String CHILD = "23529000000119";
    private static final String CHILD_PIN = "p0119";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sip.war")))
                .addClasses(LoanLimitFixtures.class);
    }

    /** The loan rule of the item's type limits the loans of that type; the rule for any type counts them all. */
    @Test
    void aLoanRuleLimitsTheLoansOfItsItemType() throws IOException {
        try (SipClient desk =
                SipClient.loggedIn(LoanLimitFixtures.ACCOUNT, LoanLimitFixtures.ACCOUNT, LoanLimitFixtures.LIBRARY)) {
            CheckoutResponse secondDvd =
                    (CheckoutResponse) desk.exchangeParsed(limitedCheckout(LoanLimitFixtures.DVD_ON_SHELF));
            assertFalse(secondDvd.ok(), "one DVD at a time, and the patron has one");
            assertEquals(
                    List.of("You have reached the maximum of 1 items of this kind on loan"), secondDvd.screenMessage());
            CheckoutResponse book =
                    (CheckoutResponse) desk.exchangeParsed(limitedCheckout(LoanLimitFixtures.BOOK_ON_SHELF));
            assertTrue(
                    book.ok(), "a book counts against the rule for any type: third of three, " + book.screenMessage());
            CheckoutResponse fourth =
                    (CheckoutResponse) desk.exchangeParsed(limitedCheckout(LoanLimitFixtures.SECOND_BOOK_ON_SHELF));
            assertFalse(fourth.ok(), "the DVD and both books count against the rule for any type");
            assertEquals(
                    List.of("You have reached the maximum of 3 items of this kind on loan"), fourth.screenMessage());
        }
    }

    private static String limitedCheckout(String item) {
        return "11NN" + Sip.now() + " ".repeat(18) + "AO" + LoanLimitFixtures.LIBRARY + "|AA" + LoanLimitFixtures.PATRON
                + "|AB" + item + "|AC|AD" + LoanLimitFixtures.PIN + "|";
    }

    @Test
    void checkoutRenewCheckin() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            CheckoutResponse out =
                    (CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(ADA, ADA_PIN, "39999000000041", true, null));
            assertTrue(out.ok(), out.screenMessage().toString());
            assertFalse(out.renewalOk());
            assertEquals(Tristate.YES, out.desensitize());
            assertEquals(Tristate.NO, out.magneticMedia());
            assertTrue(out.dueDate().matches("\\d{8} {4}235959"), out.dueDate());
            assertEquals("Pride and Prejudice", out.titleIdentifier());
            assertEquals(
                    CirculationStatus.CHARGED, item(kiosk, "39999000000041").circulationStatus());
            PatronInformationResponse account =
                    (PatronInformationResponse) kiosk.exchangeParsed(Sip.chargedItems(ADA, ADA_PIN));
            assertTrue(
                    account.chargedItems().contains("39999000000041"),
                    account.chargedItems().toString());

            RenewResponse renewed = (RenewResponse) kiosk.exchangeParsed(Sip.renew(ADA, ADA_PIN, "39999000000041"));
            assertTrue(
                    renewed.ok() && renewed.renewalOk(), renewed.screenMessage().toString());
            assertTrue(renewed.screenMessage().get(0).startsWith("Renewed until"));

            CheckinResponse in = (CheckinResponse) kiosk.exchangeParsed(Sip.checkin("39999000000041"));
            assertTrue(in.ok());
            assertTrue(in.resensitize());
            assertFalse(in.alert());
            assertEquals(ADA, in.patronIdentifier());
            assertEquals("CPL", in.permanentLocation());
            assertEquals(
                    CirculationStatus.AVAILABLE, item(kiosk, "39999000000041").circulationStatus());
        }
    }

    @Test
    void checkingOutAnItemYouHaveIsARenewalOnlyWhenTheTerminalMayRenew() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            assertTrue(
                    ((CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(ADA, ADA_PIN, "39999000000042", false, null)))
                            .ok());
            CheckoutResponse again =
                    (CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(ADA, ADA_PIN, "39999000000042", false, null));
            assertRefused(again, "You already have this item on loan");
            CheckoutResponse renewal =
                    (CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(ADA, ADA_PIN, "39999000000042", true, null));
            assertTrue(
                    renewal.ok() && renewal.renewalOk(), renewal.screenMessage().toString());
            kiosk.exchange(Sip.checkin("39999000000042"));
        }
    }

    @Test
    void holdOnTheShelfAlertsAtCheckinAndKeepsOthersFromTheItem() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            HoldResponse placed = (HoldResponse) kiosk.exchangeParsed(Sip.hold('+', BEA, BEA_PIN, "AB39999000000043"));
            assertTrue(placed.ok(), placed.screenMessage().toString());
            assertTrue(placed.available());
            assertEquals(1, placed.queuePosition());
            assertEquals("CPL", placed.pickupLocation());

            CheckinResponse in = (CheckinResponse) kiosk.exchangeParsed(Sip.checkin("39999000000043"));
            assertTrue(in.ok() && in.alert());
            assertEquals(AlertType.HOLD_THIS_LIBRARY, in.alertType());
            assertEquals(BEA, in.holdPatronId());
            assertTrue(in.holdPatronName().startsWith("Vid "), in.holdPatronName());
            assertEquals("CPL", in.destinationLocation());
            assertEquals(
                    CirculationStatus.WAITING_ON_HOLD_SHELF,
                    item(kiosk, "39999000000043").circulationStatus());

            assertRefused(
                    (CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(ADA, ADA_PIN, "39999000000043", true, null)),
                    "This item is on hold for another patron");
            CheckoutResponse pickedUp =
                    (CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(BEA, BEA_PIN, "39999000000043", true, null));
            assertTrue(pickedUp.ok(), "the patron it is held for takes it");
            assertFalse(kiosk.exchange(Sip.checkin("39999000000043")).contains("|CV"), "the hold was fulfilled");
        }
    }

    @Test
    void titleLevelHoldTakesAnyCopy() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            HoldResponse placed = (HoldResponse) kiosk.exchangeParsed(Sip.hold('+', CHILD, CHILD_PIN, "AJWalden|BY2"));
            assertTrue(placed.ok(), placed.screenMessage().toString());
            assertEquals("Walden", placed.titleIdentifier());
            CheckinResponse in = (CheckinResponse) kiosk.exchangeParsed(Sip.checkin("39999000000054"));
            assertEquals(AlertType.HOLD_THIS_LIBRARY, in.alertType(), "a copy of Walden comes back");
            assertEquals(CHILD, in.holdPatronId());
            HoldResponse cancelled = (HoldResponse) kiosk.exchangeParsed(Sip.hold('-', CHILD, CHILD_PIN, "AJWalden"));
            assertTrue(cancelled.ok(), cancelled.screenMessage().toString());
            assertEquals(
                    CirculationStatus.AVAILABLE, item(kiosk, "39999000000054").circulationStatus());
        }
    }

    @Test
    void renewalIsRefusedWhileOthersWaitAndAtTheLimit() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            assertTrue(
                    ((CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(ADA, ADA_PIN, "39999000000044", true, null)))
                            .ok());
            HoldResponse queued = (HoldResponse) kiosk.exchangeParsed(Sip.hold('+', BEA, BEA_PIN, "AB39999000000044"));
            assertTrue(queued.ok() && !queued.available());
            assertRefused(
                    (RenewResponse) kiosk.exchangeParsed(Sip.renew(ADA, ADA_PIN, "39999000000044")),
                    "This item is on hold for another patron and cannot be renewed");
            HoldResponse changed =
                    (HoldResponse) kiosk.exchangeParsed(Sip.hold('*', BEA, BEA_PIN, "AB39999000000044|BSBRANCH2"));
            assertTrue(changed.ok());
            assertEquals("BRANCH2", changed.pickupLocation());
            assertTrue(((HoldResponse) kiosk.exchangeParsed(Sip.hold('-', BEA, BEA_PIN, "AB39999000000044"))).ok());
            assertTrue(((RenewResponse) kiosk.exchangeParsed(Sip.renew(ADA, ADA_PIN, "39999000000044"))).ok());
            kiosk.exchange(Sip.checkin("39999000000044"));

            // Children's loans may be renewed twice.
            assertTrue(((CheckoutResponse)
                            kiosk.exchangeParsed(Sip.checkout(CHILD, CHILD_PIN, "39999000000046", true, null)))
                    .ok());
            assertTrue(((RenewResponse) kiosk.exchangeParsed(Sip.renew(CHILD, CHILD_PIN, "39999000000046"))).ok());
            assertTrue(((RenewResponse) kiosk.exchangeParsed(Sip.renew(CHILD, CHILD_PIN, "39999000000046"))).ok());
            assertRefused(
                    (RenewResponse) kiosk.exchangeParsed(Sip.renew(CHILD, CHILD_PIN, "39999000000046")),
                    "This item cannot be renewed again (limit of 2 renewals)");
            kiosk.exchange(Sip.checkin("39999000000046"));
        }
    }

    @Test
    void holdQueueIsFirstComeFirstServed() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            assertEquals(
                    1,
                    ((HoldResponse) kiosk.exchangeParsed(Sip.hold('+', CHILD, CHILD_PIN, "AB39999000000055")))
                            .queuePosition());
            assertEquals(
                    2,
                    ((HoldResponse) kiosk.exchangeParsed(Sip.hold('+', BEA, BEA_PIN, "AB39999000000055")))
                            .queuePosition());
            assertEquals(
                    CHILD,
                    ((CheckinResponse) kiosk.exchangeParsed(Sip.checkin("39999000000055"))).holdPatronId(),
                    "the first in line");
            assertTrue(((HoldResponse) kiosk.exchangeParsed(Sip.hold('-', CHILD, CHILD_PIN, "AB39999000000055"))).ok());
            assertTrue(((HoldResponse) kiosk.exchangeParsed(Sip.hold('-', BEA, BEA_PIN, "AB39999000000055"))).ok());
        }
    }

    @Test
    void holdShippedToAnotherBranch() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            assertTrue(
                    ((CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(ADA, ADA_PIN, "39999000000047", true, "Y")))
                            .ok());
            assertTrue(((HoldResponse) kiosk.exchangeParsed(Sip.hold('+', BEA, BEA_PIN, "AB39999000000047|BSBRANCH2")))
                    .ok());
            CheckinResponse in = (CheckinResponse) kiosk.exchangeParsed(Sip.checkin("39999000000047"));
            assertTrue(in.alert());
            assertEquals(AlertType.HOLD_OTHER_BRANCH, in.alertType());
            assertEquals("BRANCH2", in.destinationLocation());
            assertEquals(
                    CirculationStatus.IN_TRANSIT, item(kiosk, "39999000000047").circulationStatus());
            assertTrue(((HoldResponse) kiosk.exchangeParsed(Sip.hold('-', BEA, BEA_PIN, "AB39999000000047"))).ok());
        }
    }

    @Test
    void rentalFeeMustBeAcknowledgedAtCheckoutAndAtEachRenewal() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            CheckoutResponse asked =
                    (CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(ADA, ADA_PIN, "39999000000040", true, "N"));
            assertRefused(asked, "This item has a rental fee of 1.00 USD, please accept it");
            assertEquals(FeeType.RENTAL, asked.feeType());
            assertEquals(new BigDecimal("1.00"), asked.feeAmount());
            assertEquals("USD", asked.currencyType());
            CheckoutResponse accepted =
                    (CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(ADA, ADA_PIN, "39999000000040", true, "Y"));
            assertTrue(accepted.ok());
            assertTrue(accepted.transactionId().startsWith("FEE-"), accepted.transactionId());

            RenewResponse renewAsked = (RenewResponse) kiosk.exchangeParsed(Sip.renew(ADA, ADA_PIN, "39999000000040"));
            assertRefused(renewAsked, "This item has a rental fee of 1.00 USD, please accept it");
            assertEquals(FeeType.RENTAL, renewAsked.feeType());
            assertEquals(new BigDecimal("1.00"), renewAsked.feeAmount());
            RenewResponse renewed = (RenewResponse) kiosk.exchangeParsed(
                    Sip.renew(ADA, ADA_PIN, "39999000000040").replace("|AC|", "|AC|BOY|"));
            assertTrue(renewed.ok(), renewed.screenMessage().toString());
            assertEquals(FeeType.RENTAL, renewed.feeType());
            assertTrue(
                    renewed.transactionId().startsWith("FEE-")
                            && !renewed.transactionId().equals(accepted.transactionId()),
                    "the renewal is charged again: " + renewed.transactionId());
            kiosk.exchange(Sip.checkin("39999000000040"));
        }
    }

    @Test
    void everyCheckoutRefusalSaysWhy() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            assertRefused(checkout(kiosk, "99999999", "x", "39999000000048"), "Patron not found, please see staff");
            assertRefused(checkout(kiosk, ADA, ADA_PIN, "no-such-item"), "Item not found");
            assertRefused(checkout(kiosk, ADA, "wrong", "39999000000048"), "The PIN is not correct");
            assertRefused(
                    checkout(kiosk, "23529000000113", "p0113", "39999000000048"),
                    "Your card is blocked, please see staff: Card damaged, please ask for a new one");
            assertRefused(
                    checkout(kiosk, "23529000000114", "p0114", "39999000000048"),
                    "Your card has expired, please see staff to renew it");
            assertRefused(
                    checkout(kiosk, "23529000000115", "p0115", "39999000000048"),
                    "This card has been reported lost, please see staff");
            assertRefused(
                    checkout(kiosk, "23529000000116", "p0116", "39999000000048"),
                    "Your fines are over the limit, please pay them first");
            assertRefused(
                    checkout(kiosk, "23529000000117", "p0117", "39999000000048"),
                    "You have too many overdue items, please return them first");
            assertRefused(
                    checkout(kiosk, ADA, ADA_PIN, "39999000000001"),
                    "This item is checked out to another patron, please see staff");
            String missingIds = kiosk.exchange("11YN" + Sip.now() + " ".repeat(18) + "AOCPL|AC|");
            assertTrue(
                    missingIds.contains("AFCheckout refused: the request has no patron identifier (AA) and no item "
                            + "identifier (AB)|"),
                    missingIds);
        }
    }

    @Test
    void otherRefusalsSayWhy() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            CheckinResponse unknown = (CheckinResponse) kiosk.exchangeParsed(Sip.checkin("no-such-item"));
            assertFalse(unknown.ok());
            assertEquals(List.of("Item not found, please see staff"), unknown.screenMessage());
            assertRefused(
                    (RenewResponse) kiosk.exchangeParsed(Sip.renew(ADA, ADA_PIN, "39999000000049")),
                    "You do not have this item on loan");
            assertRefused(
                    (RenewResponse) kiosk.exchangeParsed(Sip.renew(BEA, BEA_PIN, "39999000000001")),
                    "This item is checked out to another patron");
            assertHoldRefused(
                    kiosk.exchange("15?" + Sip.now() + "AOCPL|AA" + ADA + "|AB39999000000049|"),
                    "Unknown hold mode: use + to place, - to cancel or * to change a hold");
            assertHoldRefused(kiosk.exchange(Sip.hold('+', ADA, ADA_PIN, "AJNo Such Title")), "Title not found");
            assertHoldRefused(
                    kiosk.exchange(Sip.hold('+', ADA, ADA_PIN, "BSCPL")),
                    "Say which item (AB) or title (AJ) the hold is for");
            assertHoldRefused(
                    kiosk.exchange(Sip.hold('-', ADA, ADA_PIN, "AB39999000000049")), "You have no hold on this item");
            assertHoldRefused(
                    kiosk.exchange(Sip.hold('+', "23529000000113", "p0113", "AB39999000000049")),
                    "Your card is blocked, please see staff: Card damaged, please ask for a new one");
            assertTrue(((HoldResponse) kiosk.exchangeParsed(Sip.hold('+', ADA, ADA_PIN, "AB39999000000049"))).ok());
            assertHoldRefused(
                    kiosk.exchange(Sip.hold('+', ADA, ADA_PIN, "AB39999000000049")),
                    "You already have a hold on this item");
            kiosk.exchange(Sip.hold('-', ADA, ADA_PIN, "AB39999000000049"));
        }
    }

    @Test
    void institutionPolicyIsEnforced() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            PatronStatusResponse notBlocked = (PatronStatusResponse)
                    kiosk.exchangeParsed("01N" + Sip.now() + "AOCPL|ALCard left in reader|AA" + BEA + "|AC|");
            assertEquals(
                    "Status updates are not allowed at this library",
                    notBlocked.screenMessage().get(0));
            assertEquals(
                    PatronStatus.GOOD_STANDING, notBlocked.patronStatus(), "answered, but the card is not blocked");
            assertRefused(
                    (CheckoutResponse) kiosk.exchangeParsed(Sip.offlineCheckout(
                            "CPL",
                            BEA,
                            BEA_PIN,
                            "39999000000050",
                            LocalDateTime.now().minusDays(1),
                            LocalDateTime.now().plusDays(10))),
                    "Off-line transactions are not accepted by this library");
            String statusUpdate = kiosk.exchange("19" + Sip.now() + "AOCPL|AB39999000000050|AC|CHshelf=A3|");
            assertTrue(
                    statusUpdate.startsWith("200")
                            && statusUpdate.contains("AFStatus updates are not allowed at this library|"),
                    statusUpdate);
        }
    }

    @Test
    void lateOfflineCheckinChargesAFinePaidInTwoParts() throws IOException {
        String patron = "1000000002";
        String item = "31100000000005";
        LocalDateTime now = LocalDateTime.now();
        try (SipClient kiosk = SipClient.loggedIn("sc1", "sc1", "FFZG")) {
            CheckoutResponse out = (CheckoutResponse) kiosk.exchangeParsed(
                    Sip.offlineCheckout("FFZG", patron, "p0002", item, now.minusDays(30), now.minusDays(20)));
            assertTrue(out.ok(), "a no-block checkout is accepted where off-line is allowed: " + out.screenMessage());
            assertTrue(
                    out.dueDate().startsWith(Sip.date(now.minusDays(20)).substring(0, 8)),
                    "the SC's due date: " + out.dueDate());

            CheckinResponse in =
                    (CheckinResponse) kiosk.exchangeParsed(Sip.offlineCheckin("FFZG", item, now.minusDays(5)));
            assertTrue(in.ok());
            assertEquals(
                    "Returned late: a fine of 3.00 EUR was charged",
                    in.screenMessage().get(0),
                    "15 days late at 0.20, under the 4.00 cap");

            PatronInformationResponse fines =
                    (PatronInformationResponse) kiosk.exchangeParsed(Sip.fineItems("FFZG", patron, "p0002"));
            assertEquals(1, fines.fineItemsCount());
            assertEquals(new BigDecimal("3.00"), fines.feeAmount());
            assertEquals(List.of(item), fines.fineItems());

            FeePaidResponse overpaid =
                    (FeePaidResponse) kiosk.exchangeParsed(Sip.feePaid("FFZG", "EUR", patron, "p0002", "5.00", null));
            assertFalse(overpaid.paymentAccepted());
            assertEquals(
                    "A payment of 5.00 EUR is more than the 3.00 EUR owed; please pay at most that",
                    overpaid.screenMessage().get(0));
            assertFalse(
                    ((FeePaidResponse) kiosk.exchangeParsed(Sip.feePaid("FFZG", "USD", patron, "p0002", "1.00", null)))
                            .paymentAccepted());
            assertFalse(((FeePaidResponse)
                            kiosk.exchangeParsed(Sip.feePaid("FFZG", "EUR", patron, "p0002", "1.00", "999999")))
                    .paymentAccepted());

            FeePaidResponse first =
                    (FeePaidResponse) kiosk.exchangeParsed(Sip.feePaid("FFZG", "EUR", patron, "p0002", "1.00", null));
            assertTrue(first.paymentAccepted());
            assertEquals("DEVICE-1", first.transactionId(), "the SC's BK echoed, as Koha does");
            assertEquals(
                    "Payment of 1.00 EUR accepted, 2.00 EUR still owed",
                    first.screenMessage().get(0));
            FeePaidResponse second =
                    (FeePaidResponse) kiosk.exchangeParsed(Sip.feePaid("FFZG", "EUR", patron, "p0002", "2.00", null));
            assertEquals(
                    "Payment of 2.00 EUR accepted, nothing is owed now",
                    second.screenMessage().get(0));
            assertEquals(
                    0,
                    ((PatronInformationResponse) kiosk.exchangeParsed(Sip.fineItems("FFZG", patron, "p0002")))
                            .fineItemsCount());
        }
    }

    @Test
    void blockedPatronCannotBorrowUntilEnabled() throws IOException {
        String patron = "1000000003";
        try (SipClient kiosk = SipClient.loggedIn("sc1", "sc1", "FFZG")) {
            PatronStatusResponse blocked = (PatronStatusResponse)
                    kiosk.exchangeParsed("01Y" + Sip.now() + "AOFFZG|ALCard left in reader|AA" + patron + "|AC|");
            assertTrue(blocked.patronStatus().has(PatronStatus.Flag.CHARGE_PRIVILEGES_DENIED));
            assertEquals(
                    "Your card is blocked, please see staff: Card left in reader",
                    blocked.screenMessage().get(0));
            String refused = kiosk.exchange(
                    "11YN" + Sip.now() + " ".repeat(18) + "AOFFZG|AA" + patron + "|AB31100000000007|AC|ADp0003|");
            assertTrue(refused.startsWith("120") && refused.contains("AFYour card is blocked"), refused);
            PatronEnableResponse enabled = (PatronEnableResponse)
                    kiosk.exchangeParsed("25" + Sip.now() + "AOFFZG|AA" + patron + "|AC|ADp0003|");
            assertEquals(PatronStatus.GOOD_STANDING, enabled.patronStatus());
            assertTrue(enabled.validPatron() && enabled.validPatronPassword());
            String allowed = kiosk.exchange(
                    "11YN" + Sip.now() + " ".repeat(18) + "AOFFZG|AA" + patron + "|AB31100000000007|AC|ADp0003|");
            assertTrue(allowed.startsWith("121"), allowed);
        }
    }

    @Test
    void itemPropertiesAreStored() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn("sc1", "sc1", "FFZG")) {
            ItemStatusUpdateResponse stored = (ItemStatusUpdateResponse)
                    kiosk.exchangeParsed("19" + Sip.now() + "AOFFZG|AB31100000000009|AC|CHshelf=A3;weight=412g|");
            assertTrue(stored.itemPropertiesOk());
            assertEquals("shelf=A3;weight=412g", stored.itemProperties());
            String info = kiosk.exchange("17" + Sip.now() + "AOFFZG|AB31100000000009|AC|");
            assertTrue(info.contains("|CHshelf=A3;weight=412g|"), info);
        }
    }

    @Test
    void renewAll() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            RenewAllResponse all =
                    (RenewAllResponse) kiosk.exchangeParsed("65" + Sip.now() + "AOCPL|AA23529000000106|ADp0106|AC|");
            assertTrue(all.ok());
            assertEquals(all.renewedItems().size(), all.renewedCount());
            assertEquals(all.unrenewedItems().size(), all.unrenewedCount());
            assertEquals(3, all.renewedCount() + all.unrenewedCount(), "patron 106 has three items out");
            RenewAllResponse blocked =
                    (RenewAllResponse) kiosk.exchangeParsed("65" + Sip.now() + "AOCPL|AA23529000000113|AC|ADp0113|");
            assertFalse(blocked.ok());
            assertEquals(0, blocked.renewedCount());
        }
    }

    @Test
    void cancelUndoesTheOppositeTransaction() throws IOException {
        try (SipClient kiosk = SipClient.loggedIn()) {
            assertTrue(
                    ((CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(ADA, ADA_PIN, "39999000000051", true, null)))
                            .ok());
            CheckinResponse cancelled = (CheckinResponse) kiosk.exchangeParsed(Sip.checkin("39999000000051") + "BIY|");
            assertEquals(List.of("Checkout cancelled"), cancelled.screenMessage());
            assertEquals(
                    CirculationStatus.AVAILABLE, item(kiosk, "39999000000051").circulationStatus());

            assertTrue(
                    ((CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(ADA, ADA_PIN, "39999000000051", true, null)))
                            .ok());
            assertTrue(((HoldResponse) kiosk.exchangeParsed(Sip.hold('+', BEA, BEA_PIN, "AB39999000000051"))).ok());
            CheckinResponse trapped = (CheckinResponse) kiosk.exchangeParsed(Sip.checkin("39999000000051"));
            assertEquals(BEA, trapped.holdPatronId(), "the checkin sets the item aside for the hold");
            CheckoutResponse restored = (CheckoutResponse)
                    kiosk.exchangeParsed(Sip.checkout(ADA, ADA_PIN, "39999000000051", true, null) + "BIY|");
            assertTrue(restored.ok());
            assertTrue(
                    restored.screenMessage().get(0).startsWith("Checkin cancelled"),
                    restored.screenMessage().toString());
            assertEquals(
                    CirculationStatus.CHARGED, item(kiosk, "39999000000051").circulationStatus());
            assertEquals(
                    BEA,
                    ((CheckinResponse) kiosk.exchangeParsed(Sip.checkin("39999000000051"))).holdPatronId(),
                    "the hold waits again, and the real checkin sets the item aside once more");
            assertTrue(((HoldResponse) kiosk.exchangeParsed(Sip.hold('-', BEA, BEA_PIN, "AB39999000000051"))).ok());
        }
    }

    // --- Exactly once ---

    @Test
    void checkoutRetransmittedAfterAReconnectMakesOneLoan() throws IOException {
        String checkout = Sip.checkout(BEA, BEA_PIN, "39999000000052", true, null);
        String first;
        try (SipClient kiosk = new SipClient()) {
            kiosk.exchangeWithErrorDetection("9300CNterm1|COterm1|CPCPL|", "0");
            first = kiosk.exchangeWithErrorDetection(checkout, "4");
            assertTrue(first.startsWith("121"), first);
        }
        try (SipClient kiosk = new SipClient()) {
            kiosk.exchangeWithErrorDetection("9300CNterm1|COterm1|CPCPL|", "0");
            assertEquals(first, kiosk.exchangeWithErrorDetection(checkout, "4"), "the stored response, byte for byte");
            String renewalCheck = kiosk.exchangeWithErrorDetection(Sip.chargedItems(BEA, BEA_PIN), "5");
            assertEquals(1, count(renewalCheck, "AU39999000000052|"));
            assertTrue(kiosk.exchangeWithErrorDetection(Sip.checkin("39999000000052"), "6")
                    .startsWith("101"));
        }
        // Without error detection the request's bytes identify it.
        String plain = Sip.checkout(BEA, BEA_PIN, "39999000000053", true, null);
        try (SipClient kiosk = SipClient.loggedIn()) {
            assertTrue(kiosk.exchange(plain).startsWith("121"));
        }
        try (SipClient kiosk = SipClient.loggedIn()) {
            CheckoutResponse replayed = (CheckoutResponse) kiosk.exchangeParsed(plain);
            assertTrue(replayed.ok());
            assertFalse(replayed.renewalOk(), "not processed again as a renewal");
            kiosk.exchange(Sip.checkin("39999000000053"));
        }
    }

    @Test
    void sameBytesAfterAnotherRequestAreANewRequest() throws IOException {
        // A kiosk that sends blank dates: checkout, checkin, and the same checkout again is a new loan.
        String checkout = "11YN" + " ".repeat(36) + "AOCPL|AA" + BEA + "|AB39999000000063|AC|AD" + BEA_PIN + "|";
        String checkin = "09N" + " ".repeat(36) + "APCPL|AOCPL|AB39999000000063|AC|";
        try (SipClient kiosk = SipClient.loggedIn()) {
            assertTrue(kiosk.exchange(checkout).startsWith("121"));
            assertTrue(kiosk.exchange(checkin).startsWith("101"));
            assertTrue(kiosk.exchange(checkout).startsWith("121"));
            assertEquals(
                    CirculationStatus.CHARGED, item(kiosk, "39999000000063").circulationStatus(), "really lent again");
            assertTrue(kiosk.exchange(checkin).startsWith("101"));
            assertEquals(
                    CirculationStatus.AVAILABLE, item(kiosk, "39999000000063").circulationStatus());
        }
    }

    @Test
    void twoTerminalsCheckingOutTheSameItemAtOnceNeverMakeTwoLoans() throws Exception {
        String item = "39999000000061";
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (SipClient left = SipClient.loggedIn();
                SipClient right = SipClient.loggedIn();
                SipClient desk = SipClient.loggedIn()) {
            for (int round = 0; round < 100; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                String leftRequest = Sip.checkout("23529000000110", "p0110", item, false, null);
                String rightRequest = Sip.checkout("23529000000111", "p0111", item, false, null);
                Future<String> a = pool.submit(race(together, left, leftRequest));
                Future<String> b = pool.submit(race(together, right, rightRequest));
                String first = a.get();
                String second = b.get();
                int loans = (first.startsWith("121") ? 1 : 0) + (second.startsWith("121") ? 1 : 0);
                assertEquals(1, loans, "round " + round + ": " + first + " / " + second);
                assertTrue(
                        (first + second).contains("AFThis item is checked out to another patron"),
                        first + " / " + second);
                assertTrue(desk.exchange(Sip.checkin(item)).startsWith("101"), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<String> race(CyclicBarrier together, SipClient client, String request) {
        return () -> {
            together.await();
            return client.exchange(request);
        };
    }

    private static CheckoutResponse checkout(SipClient kiosk, String patron, String pin, String item)
            throws IOException {
        return (CheckoutResponse) kiosk.exchangeParsed(Sip.checkout(patron, pin, item, true, "Y"));
    }

    private static ItemInformationResponse item(SipClient kiosk, String barcode) throws IOException {
        return (ItemInformationResponse) kiosk.exchangeParsed(Sip.itemInformation(barcode));
    }

    private static void assertRefused(CheckoutResponse response, String screenMessage) {
        assertFalse(response.ok(), "refused: " + screenMessage);
        assertEquals(Tristate.NO, response.desensitize());
        assertEquals("", response.dueDate());
        assertEquals(screenMessage, response.screenMessage().get(0));
    }

    private static void assertRefused(RenewResponse response, String screenMessage) {
        assertFalse(response.ok(), "refused: " + screenMessage);
        assertEquals(screenMessage, response.screenMessage().get(0));
    }

    private static void assertHoldRefused(String response, String screenMessage) {
        HoldResponse hold = (HoldResponse) new SipCodec().parse(response);
        assertFalse(hold.ok(), response);
        assertEquals(screenMessage, hold.screenMessage().get(0), response);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
