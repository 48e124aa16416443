package org.sip2.server.backend;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.sip2.protocol.FeeType;

/**
 * The outcome of a checkout (11) or a renewal (29).
 *
 * @param ok            the item is on loan to the patron because of this request
 * @param renewal       the patron already had the item
 * @param item          the item, or null when unknown
 * @param fee           a fee this transaction carries (charged, or to acknowledge when refused), or null
 * @param transactionId the ACS's id for a charged fee, or null
 */
public record LoanResult(
        boolean ok,
        boolean renewal,
        ItemView item,
        LocalDateTime dueAt,
        FeeType feeType,
        BigDecimal fee,
        String currency,
        String transactionId,
        List<String> messages) {

    public static LoanResult refused(ItemView item, String message) {
        return new LoanResult(false, false, item, null, null, null, null, null, List.of(message));
    }
}
