package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.protocol.AlertType;
import org.sip2.protocol.CheckinRequest;
import org.sip2.protocol.CheckinResponse;
import org.sip2.protocol.CheckoutRequest;
import org.sip2.protocol.CheckoutResponse;
import org.sip2.protocol.RenewAllRequest;
import org.sip2.protocol.RenewAllResponse;
import org.sip2.protocol.RenewRequest;
import org.sip2.protocol.RenewResponse;
import org.sip2.protocol.Tristate;
import org.sip2.server.backend.CheckinCommand;
import org.sip2.server.backend.CheckinResult;
import org.sip2.server.backend.CheckoutCommand;
import org.sip2.server.backend.ItemView;
import org.sip2.server.backend.LoanResult;
import org.sip2.server.backend.RenewAllResult;
import org.sip2.server.backend.RenewCommand;
import org.sip2.server.backend.Terminal;
import org.sip2.server.backend.TerminalOption;
import org.sip2.server.backend.TerminalOptions;
import org.sip2.server.domain.Institution;

/** 11 → 12, 09 → 10, 29 → 30 and 65 → 66 (docs/protocol.md §6.6, §6.7, §6.15, §6.16): lending and returning items. */
@ApplicationScoped
public class CirculationResponder {

    @Inject
    Terminals terminals;

    @Inject
    ResponseFields responses;

    public CheckoutResponse checkout(CheckoutRequest request, ConnectionInfo connection, Institution institution) {
        LocalDateTime when = request.noBlock()
                ? orNow(responses.local(request.transactionDate()))
                : responses.clock().now();
        LoanResult result = terminals
                .backend(connection)
                .checkout(
                        terminals.terminal(connection),
                        new CheckoutCommand(
                                request.patronIdentifier(),
                                terminals.patronPin(connection, request.patronPassword()),
                                request.itemIdentifier(),
                                request.scRenewalPolicy()
                                        && institution.getPolicy().enforced().isRenewalAllowed(),
                                request.noBlock(),
                                when,
                                responses.local(request.nbDueDate()),
                                Boolean.TRUE.equals(request.feeAcknowledged()),
                                Boolean.TRUE.equals(request.cancel())));
        ItemView item = result.item();
        return new CheckoutResponse(
                result.ok(),
                result.renewal(),
                magnetic(item),
                result.ok() ? Tristate.YES : Tristate.NO,
                responses.now(),
                ResponseFields.institution(request.institutionId(), connection),
                ResponseFields.text(request.patronIdentifier()),
                ResponseFields.text(request.itemIdentifier()),
                item == null ? "" : item.title(),
                ResponseFields.dueDate(result.ok() ? result.dueAt() : null, terminals.options(connection)),
                result.feeType(),
                null,
                result.fee() == null ? null : result.currency(),
                result.fee(),
                item == null ? null : item.mediaType(),
                null,
                result.transactionId(),
                AccountFields.itemFields(item, terminals.options(connection)),
                ResponseFields.messages(result.messages()),
                null);
    }

    public RenewResponse renew(RenewRequest request, ConnectionInfo connection) {
        LocalDateTime when = request.noBlock()
                ? orNow(responses.local(request.transactionDate()))
                : responses.clock().now();
        LoanResult result = terminals
                .backend(connection)
                .renew(
                        terminals.terminal(connection),
                        new RenewCommand(
                                request.patronIdentifier(),
                                terminals.patronPin(connection, request.patronPassword()),
                                request.itemIdentifier(),
                                request.titleIdentifier(),
                                request.thirdPartyAllowed(),
                                request.noBlock(),
                                when,
                                responses.local(request.nbDueDate()),
                                Boolean.TRUE.equals(request.feeAcknowledged())));
        ItemView item = result.item();
        return new RenewResponse(
                result.ok(),
                result.ok(),
                magnetic(item),
                result.ok() ? Tristate.YES : Tristate.NO,
                responses.now(),
                ResponseFields.institution(request.institutionId(), connection),
                ResponseFields.text(request.patronIdentifier()),
                item == null ? ResponseFields.text(request.itemIdentifier()) : item.barcode(),
                item == null ? ResponseFields.text(request.titleIdentifier()) : item.title(),
                ResponseFields.dueDate(result.ok() ? result.dueAt() : null, terminals.options(connection)),
                result.feeType(),
                null,
                result.fee() == null ? null : result.currency(),
                result.fee(),
                item == null ? null : item.mediaType(),
                null,
                result.transactionId(),
                null,
                ResponseFields.messages(result.messages()),
                null);
    }

    public RenewAllResponse renewAll(RenewAllRequest request, ConnectionInfo connection) {
        RenewAllResult result = terminals
                .backend(connection)
                .renewAll(
                        terminals.terminal(connection),
                        request.patronIdentifier(),
                        terminals.patronPin(connection, request.patronPassword()),
                        Boolean.TRUE.equals(request.feeAcknowledged()));
        return new RenewAllResponse(
                result.ok(),
                result.renewed().size(),
                result.unrenewed().size(),
                responses.now(),
                ResponseFields.institution(request.institutionId(), connection),
                result.renewed(),
                result.unrenewed(),
                ResponseFields.messages(result.messages()),
                null);
    }

    public CheckinResponse checkin(CheckinRequest request, ConnectionInfo connection) {
        Terminal terminal = terminals.terminal(connection);
        TerminalOptions options = terminal.options();
        CheckinResult result = terminals
                .backend(connection)
                .checkin(
                        terminal,
                        new CheckinCommand(
                                request.itemIdentifier(),
                                request.currentLocation(),
                                returnedAt(request),
                                request.noBlock(),
                                Boolean.TRUE.equals(request.cancel())));
        ItemView item = result.item();
        AlertType alertType = result.alert() ? result.alertType() : null;
        // Koha's cv_triggers_alert: the alert flag follows CV only (a refused checkin alone raises none).
        boolean alert = options.flag(TerminalOption.CV_TRIGGERS_ALERT) ? alertType != null : result.alert();
        if (alertType == null && result.ok() && options.flag(TerminalOption.CV_SEND_00_ON_SUCCESS)) {
            alertType = AlertType.UNKNOWN;
        }
        String destination =
                result.destination() == null && options.flag(TerminalOption.CT_ALWAYS_SEND) ? "" : result.destination();
        String branch = options.flag(TerminalOption.CHECKIN_LOCATION_FROM_AP)
                        && request.currentLocation() != null
                        && !request.currentLocation().isBlank()
                ? request.currentLocation().trim()
                : terminal.place();
        String sortBin = SortBins.bin(options.lines(TerminalOption.SORT_BIN_MAPPING), branch, item)
                .orElse(null);
        // Koha's show_checkin_message off: a successful checkin says nothing on the screen.
        List<String> messages = result.ok() && !options.flag(TerminalOption.SHOW_CHECKIN_MESSAGE)
                ? null
                : ResponseFields.messages(result.messages());
        return new CheckinResponse(
                result.ok(),
                result.ok(),
                magnetic(item),
                alert,
                responses.now(),
                ResponseFields.institution(request.institutionId(), connection),
                ResponseFields.text(request.itemIdentifier()),
                item == null ? "" : item.permanentLocation(),
                item == null ? null : item.title(),
                sortBin,
                result.patron(),
                item == null ? null : item.mediaType(),
                item == null ? null : item.properties(),
                AccountFields.collectionCode(item, options),
                item == null ? null : item.callNumber(),
                destination,
                alertType,
                result.holdPatron(),
                AccountFields.holdPatronName(result.holdPatron(), result.holdPatronName(), options),
                AccountFields.itemFields(item, options),
                messages,
                null);
    }

    /** When the item came back (docs/protocol.md §6.7): the return date if given and not in the future, else now. */
    private LocalDateTime returnedAt(CheckinRequest request) {
        LocalDateTime now = responses.clock().now();
        LocalDateTime returned = responses.local(request.returnDate());
        if (returned == null && request.noBlock()) {
            returned = responses.local(request.transactionDate());
        }
        return returned == null || returned.isAfter(now) ? now : returned;
    }

    private LocalDateTime orNow(LocalDateTime time) {
        return time == null ? responses.clock().now() : time;
    }

    private static Tristate magnetic(ItemView item) {
        if (item == null) {
            return Tristate.UNKNOWN;
        }
        return item.magneticMedia() ? Tristate.YES : Tristate.NO;
    }
}
