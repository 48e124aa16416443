package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 11 Checkout (docs/protocol.md §6.6). */
@Message(value = "11", name = "Checkout")
public record CheckoutRequest(
        @Fixed(1) boolean scRenewalPolicy,
        @Fixed(1) boolean noBlock,
        @Fixed(18) SipDate transactionDate,
        @Fixed(18) SipDate nbDueDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(value = AB, required = true) String itemIdentifier,
        @Var(value = AC, required = true) String terminalPassword,
        @Var(CH) String itemProperties,
        @Var(AD) String patronPassword,
        @Var(BO) Boolean feeAcknowledged,
        @Var(BI) Boolean cancel)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
