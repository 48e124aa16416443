package org.sip2.server.circulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sip2.server.backend.PatronView.Block;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Patron;

/** Every block condition, alone and together. */
class StandingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private final Institution library = new Institution("CPL", "Centerville");
    private final Patron patron = new Patron("p1", "Ada", library);

    StandingTest() {
        library.setFeeLimit(new BigDecimal("10.00"));
        library.setLimits(10, 3, 5);
    }

    private Set<Block> blocks(int loans, long overdue, String owed, int holds) {
        return Standing.blocks(patron, TODAY, loans, overdue, new BigDecimal(owed), holds);
    }

    @Test
    void goodStanding() {
        assertEquals(Set.of(), blocks(9, 2, "10.00", 4), "just under every limit; owing exactly the limit is allowed");
    }

    @Test
    void eachLimit() {
        assertEquals(Set.of(Block.TOO_MANY_ITEMS_CHARGED), blocks(10, 0, "0", 0));
        assertEquals(Set.of(Block.TOO_MANY_ITEMS_OVERDUE), blocks(3, 3, "0", 0));
        assertEquals(Set.of(Block.FEES_OVER_LIMIT), blocks(0, 0, "10.01", 0));
        assertEquals(Set.of(Block.TOO_MANY_HOLDS), blocks(0, 0, "0", 5));
    }

    @Test
    void cardConditions() {
        patron.block("Card damaged");
        assertEquals(Set.of(Block.CARD_BLOCKED), blocks(0, 0, "0", 0));
        patron.unblock();
        patron.reportCardLost();
        assertEquals(Set.of(Block.CARD_LOST), blocks(0, 0, "0", 0));
    }

    @Test
    void expiry() {
        patron.setExpiresOn(TODAY);
        assertEquals(Set.of(), blocks(0, 0, "0", 0), "valid through its last day");
        patron.setExpiresOn(TODAY.minusDays(1));
        assertEquals(Set.of(Block.EXPIRED), blocks(0, 0, "0", 0));
    }

    @Test
    void together() {
        patron.block(null);
        patron.setExpiresOn(TODAY.minusYears(1));
        assertEquals(
                EnumSet.of(Block.CARD_BLOCKED, Block.EXPIRED, Block.TOO_MANY_ITEMS_CHARGED, Block.FEES_OVER_LIMIT),
                blocks(12, 1, "25.00", 0));
    }

    @Test
    void whichBlocksStopWhat() {
        assertEquals(
                EnumSet.of(Block.CARD_BLOCKED, Block.CARD_LOST, Block.EXPIRED),
                EnumSet.copyOf(EnumSet.allOf(Block.class).stream()
                        .filter(Block::stopsRenewal)
                        .toList()));
        assertEquals(
                EnumSet.complementOf(EnumSet.of(Block.TOO_MANY_HOLDS)),
                EnumSet.copyOf(EnumSet.allOf(Block.class).stream()
                        .filter(Block::stopsCheckout)
                        .toList()));
    }
}
