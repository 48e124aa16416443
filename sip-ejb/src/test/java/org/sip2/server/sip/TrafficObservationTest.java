package org.sip2.server.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sip2.connector.api.SipTraffic.Ending;
import org.sip2.protocol.LoginResponse;
import org.sip2.server.monitoring.Outcome;

/** The outcome label of each way an exchange ends: a refusal is what the transaction log calls one. */
class TrafficObservationTest {

    @Test
    void anAnsweredRequestIsOkOrRefusedByItsResponse() {
        assertEquals(Outcome.OK, TrafficObservation.outcome(Ending.ANSWERED, new LoginResponse(true)));
        assertEquals(Outcome.REFUSED, TrafficObservation.outcome(Ending.ANSWERED, new LoginResponse(false)));
    }

    @Test
    void theConnectorsOwnAnswersHaveTheirOwnOutcomes() {
        assertEquals(Outcome.RESEND, TrafficObservation.outcome(Ending.RESEND_REQUESTED, null));
        assertEquals(Outcome.ERROR, TrafficObservation.outcome(Ending.FAILED, new LoginResponse(false)));
        assertEquals(Outcome.OK, TrafficObservation.outcome(Ending.REPEATED, null));
        assertEquals("96", Outcome.RESEND.label());
    }
}
