package org.sip2.server.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sip2.server.sip.ResponderFixture.NOW;
import static org.sip2.server.sip.ResponderFixture.NO_DATE;
import static org.sip2.server.sip.ResponderFixture.connection;
import static org.sip2.server.sip.ResponderFixture.request;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sip2.protocol.CheckinRequest;
import org.sip2.protocol.CheckinResponse;
import org.sip2.protocol.CheckoutResponse;
import org.sip2.protocol.FeeType;
import org.sip2.protocol.RenewAllRequest;
import org.sip2.protocol.Tristate;
import org.sip2.server.backend.CheckoutCommand;
import org.sip2.server.backend.RenewCommand;
import org.sip2.server.domain.Institution;

/**
 * How the circulation responder turns 11, 09, 29 and 65 into back-end commands and the back end's answers
 * into 12, 10, 30 and 66, with the terminal account's options: without a server, against {@link CountingDesk}.
 * The same requests end to end, on the real back end and database: CirculationIT and KohaOptionsIT.
 */
class CirculationResponderTest {

    private final CountingDesk desk = new CountingDesk();
    private final Institution library = new Institution("MAIN", "Main Library");

    private CirculationResponder responder(boolean pinRequired) {
        CirculationResponder responder = new CirculationResponder();
        responder.terminals = ResponderFixture.terminals(desk, pinRequired);
        responder.responses = ResponderFixture.responses();
        return responder;
    }

    @Test
    void aCheckoutIsLentWithItsDueDateAsTheAccountWantsIt() {
        CheckoutResponse plain = responder(false)
                .checkout(
                        request("11YN" + NOW + NO_DATE + "AOMAIN|AA" + CountingDesk.PATRON + "|AB" + CountingDesk.BOOK
                                + "|AC|AD1234|"),
                        connection(Map.of()),
                        library);
        assertTrue(plain.ok());
        assertEquals(Tristate.YES, plain.desensitize());
        assertEquals("20261224    235900", plain.dueDate(), "the 18-character SIP date by default");
        assertEquals(List.of("Due 24 Dec 2026"), plain.screenMessage());

        CheckoutResponse formatted = responder(false)
                .checkout(
                        request("11YN" + NOW + NO_DATE + "AOMAIN|AA" + CountingDesk.PATRON + "|AB" + CountingDesk.BOOK
                                + "|AC|AD1234|"),
                        connection(Map.of("format_due_date", "dd/MM/yyyy")),
                        library);
        assertEquals("24/12/2026", formatted.dueDate(), "Koha's format_due_date");
    }

    @Test
    void aRentalFeeIsReportedAndTheAcknowledgementPassedOn() {
        CheckoutResponse asked = responder(false)
                .checkout(
                        request("11YN" + NOW + NO_DATE + "AOMAIN|AA" + CountingDesk.PATRON + "|AB" + CountingDesk.DVD
                                + "|AC|AD1234|BON|"),
                        connection(Map.of()),
                        library);
        assertFalse(asked.ok());
        assertEquals(Tristate.NO, asked.desensitize(), "nothing lent: the security marker stays on");
        assertEquals(FeeType.RENTAL, asked.feeType());
        assertEquals(new BigDecimal("1.50"), asked.feeAmount());
        assertEquals("EUR", asked.currencyType());
        assertEquals("", asked.dueDate());

        CheckoutResponse accepted = responder(false)
                .checkout(
                        request("11YN" + NOW + NO_DATE + "AOMAIN|AA" + CountingDesk.PATRON + "|AB" + CountingDesk.DVD
                                + "|AC|AD1234|BOY|"),
                        connection(Map.of()),
                        library);
        assertTrue(accepted.ok());
        assertEquals(Tristate.YES, accepted.magneticMedia());
        assertTrue(((CheckoutCommand) desk.commands.getLast()).feeAcknowledged());
    }

    @Test
    void theTerminalsRenewalPolicyCountsOnlyWhereTheLibraryAllowsRenewals() {
        responder(false)
                .checkout(
                        request("11YN" + NOW + NO_DATE + "AOMAIN|AA" + CountingDesk.PATRON + "|AB" + CountingDesk.BOOK
                                + "|AC|"),
                        connection(Map.of()),
                        library);
        assertTrue(((CheckoutCommand) desk.commands.getLast()).renewalAllowed());
        library.getPolicy().allow(true, true, false, false, false);
        responder(false)
                .checkout(
                        request("11YN" + NOW + NO_DATE + "AOMAIN|AA" + CountingDesk.PATRON + "|AB" + CountingDesk.BOOK
                                + "|AC|"),
                        connection(Map.of()),
                        library);
        assertFalse(((CheckoutCommand) desk.commands.getLast()).renewalAllowed());
    }

    @Test
    void anAccountThatMustSendPinsHasAMissingPinRefusedAndOneThatNeedNotHasItUnchecked() {
        responder(true)
                .renew(
                        request("29NN" + NOW + NO_DATE + "AOMAIN|AA" + CountingDesk.PATRON + "|AB" + CountingDesk.BOOK
                                + "|AC|"),
                        connection(Map.of()));
        assertEquals("", ((RenewCommand) desk.commands.getLast()).pin(), "an empty PIN: refused like a wrong one");
        responder(false)
                .renew(
                        request("29NN" + NOW + NO_DATE + "AOMAIN|AA" + CountingDesk.PATRON + "|AB" + CountingDesk.BOOK
                                + "|AC|"),
                        connection(Map.of()));
        assertNull(((RenewCommand) desk.commands.getLast()).pin(), "no PIN: not checked");
    }

    @Test
    void renewAllPassesTheFeeAcknowledgementOn() {
        RenewAllRequest all = request("65" + NOW + "AOMAIN|AA" + CountingDesk.PATRON + "|AD1234|BOY|");
        assertTrue(responder(false).renewAll(all, connection(Map.of())).ok());
        assertEquals("renew all, fee acknowledged: true", desk.commands.getLast());
    }

    @Test
    void aCheckinSaysNothingOnSuccessWhereTheAccountWantsItAndAlertsOnlyOnAnAlertType() {
        CheckinRequest checkin = request("09N" + NOW + NOW + "APDESK|AOMAIN|AB" + CountingDesk.BOOK + "|AC|");
        CheckinResponse talkative = responder(false).checkin(checkin, connection(Map.of()));
        assertTrue(talkative.ok());
        assertEquals(List.of("This item was not checked out"), talkative.screenMessage());

        CheckinResponse quiet = responder(false)
                .checkin(
                        checkin,
                        connection(
                                Map.of("show_checkin_message", "0", "cv_triggers_alert", "1", "ct_always_send", "1")));
        assertNull(quiet.screenMessage(), "show_checkin_message off");
        assertFalse(quiet.alert(), "cv_triggers_alert: no CV, no alert");
        assertEquals("", quiet.destinationLocation(), "ct_always_send: CT sent, empty");

        CheckinResponse unknown =
                responder(false).checkin(request("09N" + NOW + NOW + "APDESK|AOMAIN|ABX-9|AC|"), connection(Map.of()));
        assertFalse(unknown.ok());
        assertTrue(unknown.alert());
        assertEquals(List.of("Item not found, please see staff"), unknown.screenMessage());
    }
}
