package org.sip2.server.backend;

import java.time.LocalDateTime;
import org.sip2.protocol.Secrets;

/**
 * A renewal (29) of the item, or of the patron's loan of the title when no item is given.
 *
 * @param thirdPartyAllowed the item may be on loan to someone else
 */
public record RenewCommand(
        String patron,
        String pin,
        String item,
        String title,
        boolean thirdPartyAllowed,
        boolean noBlock,
        LocalDateTime when,
        LocalDateTime offlineDueDate,
        boolean feeAcknowledged) {

    /** Without the PIN: commands end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this, "pin"::equals);
    }
}
