package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 19 Item Status Update (docs/protocol.md §6.12). */
@Message(value = "19", name = "Item Status Update")
public record ItemStatusUpdateRequest(
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AB, required = true) String itemIdentifier,
        @Var(AC) String terminalPassword,
        @Var(value = CH, required = true) String itemProperties)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
