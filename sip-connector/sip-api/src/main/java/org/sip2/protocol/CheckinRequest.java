package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 09 Checkin (docs/protocol.md §6.7). */
@Message(value = "09", name = "Checkin")
public record CheckinRequest(
        @Fixed(1) boolean noBlock,
        @Fixed(18) SipDate transactionDate,
        @Fixed(18) SipDate returnDate,
        @Var(value = AP, required = true) String currentLocation,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AB, required = true) String itemIdentifier,
        @Var(value = AC, required = true) String terminalPassword,
        @Var(CH) String itemProperties,
        @Var(BI) Boolean cancel)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
