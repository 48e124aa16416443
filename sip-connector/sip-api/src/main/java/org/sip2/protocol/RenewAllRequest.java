package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 65 Renew All (docs/protocol.md §6.16). */
@Message(value = "65", name = "Renew All")
public record RenewAllRequest(
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(AD) String patronPassword,
        @Var(AC) String terminalPassword,
        @Var(BO) Boolean feeAcknowledged)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
