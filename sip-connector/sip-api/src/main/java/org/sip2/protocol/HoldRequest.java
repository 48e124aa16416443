package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 15 Hold (docs/protocol.md §6.14). */
@Message(value = "15", name = "Hold")
public record HoldRequest(
        @Fixed(1) HoldMode holdMode,
        @Fixed(18) SipDate transactionDate,
        @Var(BW) SipDate expirationDate,
        @Var(BS) String pickupLocation,
        @Var(BY) HoldType holdType,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(AD) String patronPassword,
        @Var(AB) String itemIdentifier,
        @Var(AJ) String titleIdentifier,
        @Var(AC) String terminalPassword,
        @Var(BO) Boolean feeAcknowledged)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
