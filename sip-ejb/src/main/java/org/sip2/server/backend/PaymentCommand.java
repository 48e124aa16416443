package org.sip2.server.backend;

import java.math.BigDecimal;
import org.sip2.protocol.FeeType;
import org.sip2.protocol.Secrets;

/**
 * A payment (37).
 *
 * @param feeId         the fee to pay (CG), or null for oldest first
 * @param transactionId the payment device's id (BK), kept for audit
 */
public record PaymentCommand(
        String patron,
        String pin,
        BigDecimal amount,
        String currency,
        FeeType feeType,
        String paymentType,
        String feeId,
        String transactionId) {

    /** Without the PIN: commands end up in logs and exception messages. */
    @Override
    public String toString() {
        return Secrets.describe(this, "pin"::equals);
    }
}
