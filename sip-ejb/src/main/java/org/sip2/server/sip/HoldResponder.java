package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.protocol.HoldRequest;
import org.sip2.protocol.HoldResponse;
import org.sip2.protocol.Refusals;
import org.sip2.protocol.SipResponse;
import org.sip2.server.backend.HoldCommand;
import org.sip2.server.backend.HoldResult;
import org.sip2.server.screen.ScreenMessage;

/** 15 → 16 (docs/protocol.md §6.14): placing (+), cancelling (-) and changing (*) holds. */
@ApplicationScoped
public class HoldResponder {

    @Inject
    Terminals terminals;

    @Inject
    ResponseFields responses;

    public SipResponse hold(HoldRequest request, ConnectionInfo connection) {
        if (request.holdMode() == null) {
            return Refusals.of(request, ScreenMessage.UNKNOWN_HOLD_MODE.text(), responses.now());
        }
        HoldResult result = terminals
                .backend(connection)
                .hold(
                        terminals.terminal(connection),
                        new HoldCommand(
                                request.holdMode(),
                                request.patronIdentifier(),
                                terminals.patronPin(connection, request.patronPassword()),
                                request.itemIdentifier(),
                                request.titleIdentifier(),
                                request.holdType(),
                                request.pickupLocation(),
                                responses.local(request.expirationDate()),
                                Boolean.TRUE.equals(request.feeAcknowledged())));
        return new HoldResponse(
                result.ok(),
                result.available(),
                responses.now(),
                ResponseFields.date(result.expiresAt()),
                result.queuePosition(),
                result.pickupLocation(),
                ResponseFields.institution(request.institutionId(), connection),
                ResponseFields.text(request.patronIdentifier()),
                result.item(),
                result.title(),
                ResponseFields.messages(result.messages()),
                null);
    }
}
