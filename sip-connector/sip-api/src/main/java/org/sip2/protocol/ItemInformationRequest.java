package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 17 Item Information (docs/protocol.md §6.11). */
@Message(value = "17", name = "Item Information")
public record ItemInformationRequest(
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AB, required = true) String itemIdentifier,
        @Var(AC) String terminalPassword)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
