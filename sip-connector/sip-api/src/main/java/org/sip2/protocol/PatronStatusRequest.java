package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 23 Patron Status Request (docs/protocol.md §6.4). */
@Message(value = "23", name = "Patron Status Request")
public record PatronStatusRequest(
        @Fixed(3) String language,
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(value = AC, required = true) String terminalPassword,
        @Var(value = AD, required = true) String patronPassword)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
