package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.math.BigDecimal;

/** 37 Fee Paid (docs/protocol.md §6.10). The currency is a fixed field here, without an id. */
@Message(value = "37", name = "Fee Paid")
public record FeePaidRequest(
        @Fixed(18) SipDate transactionDate,
        @Fixed(2) FeeType feeType,
        @Fixed(2) String paymentType,
        @Fixed(3) String currencyType,
        @Var(value = BV, required = true) BigDecimal feeAmount,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(AC) String terminalPassword,
        @Var(AD) String patronPassword,
        @Var(CG) String feeIdentifier,
        @Var(BK) String transactionId)
        implements SipRequest {

    /** Without the passwords and PIN it carries: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this);
    }
}
