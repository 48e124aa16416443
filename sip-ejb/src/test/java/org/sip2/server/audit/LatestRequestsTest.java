package org.sip2.server.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatestRequestsTest {

    private final LatestRequests latest = new LatestRequests();

    @Test
    void aTerminalNotHeardFromMayBeRetransmitting() {
        assertTrue(latest.arrived("kiosk", "d1"), "served before a restart or elsewhere: the journal decides");
    }

    @Test
    void onlyARepeatOfTheImmediatelyPrecedingRequestMayBeARetransmission() {
        latest.arrived("kiosk", "d1");
        assertTrue(latest.arrived("kiosk", "d1"));
        assertFalse(latest.arrived("kiosk", "d2"));
        assertFalse(latest.arrived("kiosk", "d1"), "d2 came in between");
    }

    @Test
    void terminalsAreApart() {
        latest.arrived("kiosk", "d1");
        latest.arrived("sorter", "d2");
        assertTrue(latest.arrived("kiosk", "d1"));
    }
}
