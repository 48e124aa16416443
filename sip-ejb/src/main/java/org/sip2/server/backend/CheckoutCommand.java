package org.sip2.server.backend;

import java.time.LocalDateTime;
import org.sip2.protocol.Secrets;

/**
 * A checkout (11).
 *
 * @param renewalAllowed  the patron already having the item makes this a renewal (SC and ACS renewal policy both allow
 * it)
 * @param noBlock         done while off line: must not be refused for blocks or limits (docs/protocol.md §9.5)
 * @param when            the transaction time (the SC's, for off-line transactions)
 * @param offlineDueDate  the due date the SC gave off line, or null
 * @param cancel          cancels a checkin that did not complete (BI, docs/protocol.md §9.6)
 */
public record CheckoutCommand(
        String patron,
        String pin,
        String item,
        boolean renewalAllowed,
        boolean noBlock,
        LocalDateTime when,
        LocalDateTime offlineDueDate,
        boolean feeAcknowledged,
        boolean cancel) {

    /** Without the PIN: commands end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this, "pin"::equals);
    }
}
