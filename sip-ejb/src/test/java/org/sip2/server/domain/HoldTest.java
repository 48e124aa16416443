package org.sip2.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.sip2.protocol.HoldType;

class HoldTest {

    private final Institution library = new Institution("CPL", "Centerville");
    private final Patron patron = new Patron("p1", "Ada", library);
    private final LocalDateTime now = LocalDateTime.of(2026, 3, 15, 10, 0);

    @Test
    void aCopyReturnedAtThePickupLibraryGoesOnTheShelf() {
        Hold hold = Hold.onTitle(patron, "Walden", HoldType.ANY_COPY_OF_TITLE, now, "CPL");
        Item copy = new Item("i1", "Walden", library, "CPL");
        assertTrue(hold.isFor(copy), "a title-level hold takes any copy");
        hold.trap(copy, "cpl", now.plusDays(7));
        assertTrue(hold.isOnShelf());
        assertEquals(now.plusDays(7), hold.getOnShelfUntil());
        assertEquals(copy, hold.getItem());
    }

    @Test
    void aCopyReturnedElsewhereGoesInTransit() {
        Hold hold = Hold.onTitle(patron, "Walden", HoldType.ANY_COPY_OF_TITLE, now, "BRANCH2");
        hold.trap(new Item("i1", "Walden", library, "CPL"), "CPL", now.plusDays(7));
        assertFalse(hold.isOnShelf());
        assertEquals(Hold.Status.IN_TRANSIT, hold.getStatus());
        assertTrue(hold.isTrapped());
    }

    @Test
    void changeKeepsWhatIsNotGiven() {
        Hold hold = Hold.onTitle(patron, "Walden", HoldType.ANY_COPY_OF_TITLE, now, "CPL");
        hold.change(" ", null);
        assertEquals("CPL", hold.getPickupLocation());
        hold.change("BRANCH2", now.plusMonths(1));
        assertEquals("BRANCH2", hold.getPickupLocation());
        assertEquals(now.plusMonths(1), hold.getExpiresAt());
    }

    @Test
    void titleHoldsAreNotForOtherTitles() {
        Hold hold = Hold.onTitle(patron, "Walden", HoldType.ANY_COPY_OF_TITLE, now, "CPL");
        assertFalse(hold.isFor(new Item("i2", "Dracula", library, "CPL")));
    }
}
