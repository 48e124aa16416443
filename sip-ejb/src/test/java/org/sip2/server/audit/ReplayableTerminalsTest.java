package org.sip2.server.audit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReplayableTerminalsTest {

    private final ReplayableTerminals terminals = new ReplayableTerminals();

    @Test
    void anUnknownTerminalMayHaveAnEntryUntilADeletionCommits() {
        Object token = terminals.mayHaveEntry("kiosk");
        assertNotNull(token, "served elsewhere or before a restart: may have one");
        terminals.cleared("kiosk", token);
        assertNull(terminals.mayHaveEntry("kiosk"));
    }

    @Test
    void aNewEntryRecordedDuringADeletionIsNotForgotten() {
        terminals.recorded("kiosk");
        Object token = terminals.mayHaveEntry("kiosk");
        terminals.recorded("kiosk"); // another connection of the same account, meanwhile
        terminals.cleared("kiosk", token);
        assertNotNull(terminals.mayHaveEntry("kiosk"));
    }

    @Test
    void aLoginMakesTheTerminalUnknownAgain() {
        terminals.cleared("kiosk", terminals.mayHaveEntry("kiosk"));
        terminals.unknown("kiosk");
        assertNotNull(terminals.mayHaveEntry("kiosk"));
    }

    @Test
    void aLoginDuringADeletionKeepsTheTerminalUnknown() {
        Object token = terminals.mayHaveEntry("kiosk");
        terminals.unknown("kiosk"); // a login on another connection, meanwhile
        terminals.cleared("kiosk", token);
        assertNotNull(terminals.mayHaveEntry("kiosk"));
    }
}
