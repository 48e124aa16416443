package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 25 Patron Enable (docs/protocol.md §6.13). */
@Message(value = "25", name = "Patron Enable")
public record PatronEnableRequest(
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(AC) String terminalPassword,
        @Var(AD) String patronPassword)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
