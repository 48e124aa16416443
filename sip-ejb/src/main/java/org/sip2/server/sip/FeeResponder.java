package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.protocol.FeePaidRequest;
import org.sip2.protocol.FeePaidResponse;
import org.sip2.server.backend.PaymentCommand;
import org.sip2.server.backend.PaymentResult;

/** 37 → 38 (docs/protocol.md §6.10): a payment collected at a terminal. */
@ApplicationScoped
public class FeeResponder {

    @Inject
    Terminals terminals;

    @Inject
    ResponseFields responses;

    public FeePaidResponse feePaid(FeePaidRequest request, ConnectionInfo connection) {
        PaymentResult result = terminals
                .backend(connection)
                .payFee(
                        terminals.terminal(connection),
                        new PaymentCommand(
                                request.patronIdentifier(),
                                terminals.patronPin(connection, request.patronPassword()),
                                request.feeAmount(),
                                request.currencyType(),
                                request.feeType(),
                                request.paymentType(),
                                request.feeIdentifier(),
                                request.transactionId()));
        return new FeePaidResponse(
                result.accepted(),
                responses.now(),
                ResponseFields.institution(request.institutionId(), connection),
                ResponseFields.text(request.patronIdentifier()),
                transactionId(request, result),
                ResponseFields.messages(result.messages()),
                null);
    }

    /** The SC's own transaction id (BK) is echoed, as Koha does; the server's id only when the SC gave none. */
    private static String transactionId(FeePaidRequest request, PaymentResult result) {
        return request.transactionId() != null && !request.transactionId().isBlank()
                ? request.transactionId()
                : result.transactionId();
    }
}
