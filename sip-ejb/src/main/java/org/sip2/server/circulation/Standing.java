package org.sip2.server.circulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.sip2.server.backend.PatronView.Block;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Patron;

/** Which blocks apply to a patron, from the card and from what the patron has out, overdue and owes. */
final class Standing {

    private Standing() {}

    static EnumSet<Block> blocks(Patron patron, LocalDate today, int loans, long overdue, BigDecimal owed, int holds) {
        Institution library = patron.getInstitution();
        EnumSet<Block> blocks = EnumSet.noneOf(Block.class);
        if (patron.isBlocked()) {
            blocks.add(Block.CARD_BLOCKED);
        }
        if (patron.isCardLost()) {
            blocks.add(Block.CARD_LOST);
        }
        if (patron.isExpired(today)) {
            blocks.add(Block.EXPIRED);
        }
        if (loans >= library.getMaxItemsCharged()) {
            blocks.add(Block.TOO_MANY_ITEMS_CHARGED);
        }
        if (overdue >= library.getMaxItemsOverdue()) {
            blocks.add(Block.TOO_MANY_ITEMS_OVERDUE);
        }
        if (owed.compareTo(library.getFeeLimit()) > 0) {
            blocks.add(Block.FEES_OVER_LIMIT);
        }
        if (holds >= library.getMaxHolds()) {
            blocks.add(Block.TOO_MANY_HOLDS);
        }
        return blocks;
    }
}
