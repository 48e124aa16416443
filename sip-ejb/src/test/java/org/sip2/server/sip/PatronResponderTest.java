package org.sip2.server.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sip2.server.sip.ResponderFixture.NOW;
import static org.sip2.server.sip.ResponderFixture.connection;
import static org.sip2.server.sip.ResponderFixture.request;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sip2.protocol.EndSessionResponse;
import org.sip2.protocol.PatronInformationResponse;
import org.sip2.protocol.PatronStatus;

/**
 * What the patron responder tells a terminal about a patron (63 → 64, 35 → 36), without a server,
 * against {@link CountingDesk}; end to end on the real back end: SipServerIT, PatronPinIT, KohaOptionsIT.
 */
class PatronResponderTest {

    private final CountingDesk desk = new CountingDesk();

    private PatronResponder responder(boolean pinRequired) {
        PatronResponder responder = new PatronResponder();
        responder.terminals = ResponderFixture.terminals(desk, pinRequired);
        responder.responses = ResponderFixture.responses();
        return responder;
    }

    private PatronInformationResponse information(boolean pinRequired, String pinField) {
        return responder(pinRequired)
                .patronInformation(
                        request("63001" + NOW + "Y         AOMAIN|AA" + CountingDesk.PATRON + "|AC|" + pinField),
                        connection(Map.of()));
    }

    @Test
    void anUnknownPatronIsSaidToBeUnknownAndNothingElse() {
        PatronInformationResponse unknown = responder(false)
                .patronInformation(request("63001" + NOW + "          AOMAIN|AANOBODY|AC|"), connection(Map.of()));
        assertEquals(PatronStatus.UNKNOWN_PATRON, unknown.patronStatus());
        assertEquals(Boolean.FALSE, unknown.validPatron(), "BL N");
        assertEquals("", unknown.personalName());
        assertEquals(List.of("Patron not found, please see staff"), unknown.screenMessage());
    }

    @Test
    void contactDetailsAndItemListsGoOnlyToATerminalThatProvedThePin() {
        PatronInformationResponse proved = information(false, "AD1234|");
        assertEquals(Boolean.TRUE, proved.validPatronPassword(), "CQ Y");
        assertEquals("one@example.org", proved.emailAddress());

        PatronInformationResponse wrong = information(false, "AD9999|");
        assertEquals(Boolean.FALSE, wrong.validPatronPassword(), "CQ N");
        assertNull(wrong.emailAddress(), "no contact details after a wrong PIN");

        PatronInformationResponse unasked = information(false, "");
        assertNull(unasked.validPatronPassword(), "no AD, no CQ, where the account may act without PINs");
        assertNull(unasked.emailAddress(), "and no contact details either");
        assertTrue(unasked.validPatron());
    }

    @Test
    void anAccountThatMustSendPinsHasAMissingPinAnsweredAsAWrongOne() {
        PatronInformationResponse missing = information(true, "");
        assertEquals(Boolean.FALSE, missing.validPatronPassword());
        assertNull(missing.emailAddress());
    }

    @Test
    void aSessionEndsUnlessThePinIsRefused() {
        EndSessionResponse ended = responder(false)
                .endSession(
                        request("35" + NOW + "AOMAIN|AA" + CountingDesk.PATRON + "|AC|AD1234|"), connection(Map.of()));
        assertTrue(ended.endSession());
        assertEquals(List.of("Thank you, your session has ended"), ended.screenMessage());

        EndSessionResponse refused = responder(false)
                .endSession(
                        request("35" + NOW + "AOMAIN|AA" + CountingDesk.PATRON + "|AC|AD0000|"), connection(Map.of()));
        assertFalse(refused.endSession());
        assertEquals(List.of("The PIN is not correct"), refused.screenMessage());
    }
}
