package org.sip2.server.backend;

import java.util.List;

/** The outcome of a payment (37): accepted with the ACS's transaction id, or refused. */
public record PaymentResult(boolean accepted, String transactionId, List<String> messages) {

    public static PaymentResult refused(String message) {
        return new PaymentResult(false, null, List.of(message));
    }
}
