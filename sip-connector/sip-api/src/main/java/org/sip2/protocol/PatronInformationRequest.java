package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 63 Patron Information (docs/protocol.md §6.5). */
@Message(value = "63", name = "Patron Information")
public record PatronInformationRequest(
        @Fixed(3) String language,
        @Fixed(18) SipDate transactionDate,
        @Fixed(10) Summary summary,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(AC) String terminalPassword,
        @Var(AD) String patronPassword,
        @Var(BP) Integer startItem,
        @Var(BQ) Integer endItem)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
