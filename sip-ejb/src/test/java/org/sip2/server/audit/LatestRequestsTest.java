package org.sip2.server.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatestRequestsTest {

    private final LatestRequests latest = new LatestRequests();

    @Test
    void aTerminalNotHeardFromMayBeRetransmitting() {
        assertTrue(latest.arrived("kiosk", 1, "d1"), "served before a restart or elsewhere: the journal decides");
    }

    @Test
    void onlyARepeatOfTheImmediatelyPrecedingRequestMayBeARetransmission() {
        latest.arrived("kiosk", 1, "d1");
        assertTrue(latest.arrived("kiosk", 1, "d1"));
        assertFalse(latest.arrived("kiosk", 1, "d2"));
        assertFalse(latest.arrived("kiosk", 1, "d1"), "d2 came in between");
    }

    @Test
    void aLoginAndAStatusRightAfterItDoNotCountButALaterStatusDoes() {
        latest.arrived("kiosk", 1, "d1");
        latest.loggedIn("kiosk", 2);
        latest.statusRequested("kiosk", 2, "status");
        assertTrue(latest.arrived("kiosk", 2, "d1"), "reconnect, login, status, retransmission");
        latest.statusRequested("kiosk", 2, "status");
        assertFalse(latest.arrived("kiosk", 2, "d1"), "a status between two requests is a request in between");
    }

    @Test
    void terminalsAreApart() {
        latest.arrived("kiosk", 1, "d1");
        latest.arrived("sorter", 2, "d2");
        assertTrue(latest.arrived("kiosk", 1, "d1"));
    }

    @Test
    void aTerminalForgottenAfterItsLoginElsewhereIsJudgedByTheJournalAlone() {
        latest.arrived("kiosk", 1, "d1");
        latest.loggedIn("kiosk", 1);
        latest.forget("kiosk");
        assertTrue(latest.arrived("kiosk", 3, "d2"), "d2 may be the retransmission of what another instance served");
        assertFalse(latest.arrived("kiosk", 3, "d1"), "what came here after the forgetting counts again");
    }
}
