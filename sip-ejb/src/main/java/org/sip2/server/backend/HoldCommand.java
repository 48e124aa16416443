package org.sip2.server.backend;

import java.time.LocalDateTime;
import org.sip2.protocol.HoldMode;
import org.sip2.protocol.HoldType;
import org.sip2.protocol.Secrets;

/** A hold request (15): place, cancel or change a hold on an item or a title. */
public record HoldCommand(
        HoldMode mode,
        String patron,
        String pin,
        String item,
        String title,
        HoldType type,
        String pickupLocation,
        LocalDateTime expiresAt,
        boolean feeAcknowledged) {

    /** Without the PIN: commands end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this, "pin"::equals);
    }
}
