package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.sip2.connector.api.SipExchange;
import org.sip2.protocol.AcsStatusResponse;
import org.sip2.protocol.CheckinResponse;
import org.sip2.protocol.CheckoutResponse;
import org.sip2.protocol.EndSessionResponse;
import org.sip2.protocol.FeePaidResponse;
import org.sip2.protocol.FieldId;
import org.sip2.protocol.HoldResponse;
import org.sip2.protocol.ItemInformationResponse;
import org.sip2.protocol.ItemStatusUpdateResponse;
import org.sip2.protocol.LoginRequest;
import org.sip2.protocol.LoginResponse;
import org.sip2.protocol.MessageTable;
import org.sip2.protocol.PatronEnableResponse;
import org.sip2.protocol.PatronInformationResponse;
import org.sip2.protocol.PatronStatusResponse;
import org.sip2.protocol.RenewAllResponse;
import org.sip2.protocol.RenewResponse;
import org.sip2.protocol.RequestScResend;
import org.sip2.protocol.SipMessage;
import org.sip2.protocol.SipResponse;
import org.sip2.server.audit.TransactionLog;
import org.sip2.server.audit.TransactionLogEntry;
import org.sip2.server.audit.TransactionLogEntry.Outcome;

/**
 * Writes each SIP transaction to the transaction log: who, what, on which patron and item, how it
 * ended. Before login only logins (93) are written; the SIP log has every exchange.
 */
@ApplicationScoped
public class TransactionRecorder {

    @Inject
    TransactionLog log;

    @Inject
    ResponseFields responses;

    void record(SipExchange exchange, SipResponse response, long startNanos) {
        if (!exchange.connection().loggedIn() && !(exchange.request() instanceof LoginRequest)) {
            return; // before login only logins are kept: a peer's 99s or refused requests must not fill the table
        }
        // The login id of a refused login is not kept: it is often a password typed in the wrong field.
        String terminal = exchange.connection().loggedIn()
                ? exchange.connection().terminal().loginId()
                : exchange.request() instanceof LoginRequest login && response instanceof LoginResponse ok && ok.ok()
                        ? login.loginUserId()
                        : null;
        TransactionLogEntry transaction = new TransactionLogEntry(
                responses.clock().now(),
                terminal,
                exchange.connection().remoteAddress(),
                exchange.request().id(),
                response.id(),
                text(exchange.request(), FieldId.AA),
                text(exchange.request(), FieldId.AB),
                outcome(response),
                firstScreenMessage(response),
                (int) ((System.nanoTime() - startNanos) / 1_000_000));
        if (SipDispatcher.changesState(exchange.request())) {
            log.recordChange(transaction);
        } else {
            log.recordRead(transaction);
        }
    }

    static Outcome outcome(SipResponse response) {
        boolean ok = switch (response) {
            case LoginResponse r -> r.ok();
            case AcsStatusResponse r -> r.onlineStatus();
            case CheckoutResponse r -> r.ok();
            case RenewResponse r -> r.ok();
            case CheckinResponse r -> r.ok();
            case HoldResponse r -> r.ok();
            case RenewAllResponse r -> r.ok();
            case FeePaidResponse r -> r.paymentAccepted();
            case EndSessionResponse r -> r.endSession();
            case ItemStatusUpdateResponse r -> r.itemPropertiesOk();
            case ItemInformationResponse r -> !r.titleIdentifier().isEmpty();
            case PatronStatusResponse r ->
                Boolean.TRUE.equals(r.validPatron()) && !Boolean.FALSE.equals(r.validPatronPassword());
            case PatronInformationResponse r ->
                Boolean.TRUE.equals(r.validPatron()) && !Boolean.FALSE.equals(r.validPatronPassword());
            case PatronEnableResponse r ->
                Boolean.TRUE.equals(r.validPatron()) && !Boolean.FALSE.equals(r.validPatronPassword());
            case RequestScResend r -> false;
        };
        return ok ? Outcome.OK : Outcome.REFUSED;
    }

    private static String text(SipMessage message, FieldId field) {
        Object value = MessageTable.definitionOf(message.getClass()).value(message, field);
        return value == null ? null : value.toString();
    }

    private static String firstScreenMessage(SipResponse response) {
        Object messages = MessageTable.definitionOf(response.getClass()).value(response, FieldId.AF);
        return messages instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : null;
    }
}
