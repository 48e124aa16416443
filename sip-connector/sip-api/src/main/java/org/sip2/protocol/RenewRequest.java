package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 29 Renew (docs/protocol.md §6.15). */
@Message(value = "29", name = "Renew")
public record RenewRequest(
        @Fixed(1) boolean thirdPartyAllowed,
        @Fixed(1) boolean noBlock,
        @Fixed(18) SipDate transactionDate,
        @Fixed(18) SipDate nbDueDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(AD) String patronPassword,
        @Var(AB) String itemIdentifier,
        @Var(AJ) String titleIdentifier,
        @Var(AC) String terminalPassword,
        @Var(CH) String itemProperties,
        @Var(BO) Boolean feeAcknowledged)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
