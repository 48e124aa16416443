package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 01 Block Patron (docs/protocol.md §6.8), answered with a 24. */
@Message(value = "01", name = "Block Patron")
public record BlockPatronRequest(
        @Fixed(1) boolean cardRetained,
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AL, required = true) String blockedCardMessage,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(value = AC, required = true) String terminalPassword)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
