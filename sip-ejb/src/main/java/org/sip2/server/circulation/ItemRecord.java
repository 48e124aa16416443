package org.sip2.server.circulation;

import org.sip2.protocol.CirculationStatus;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Loan;

/**
 * An item with its circulation state.
 *
 * @param loan        the open loan, or {@code null}
 * @param holdQueue   patrons waiting for the item, the one it is on the shelf for included
 * @param shelfHold   the hold the item waits on the hold shelf for, or {@code null}
 */
public record ItemRecord(Item item, Loan loan, int holdQueue, Hold shelfHold) {

    /** What the item's state says, whatever the stored status claims. */
    public CirculationStatus status() {
        if (loan != null) {
            return CirculationStatus.CHARGED;
        }
        if (shelfHold != null) {
            return CirculationStatus.WAITING_ON_HOLD_SHELF;
        }
        return item.getCirculationStatus();
    }
}
