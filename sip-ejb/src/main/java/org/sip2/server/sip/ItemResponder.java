package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.protocol.ExtraField;
import org.sip2.protocol.FeeType;
import org.sip2.protocol.ItemInformationRequest;
import org.sip2.protocol.ItemInformationResponse;
import org.sip2.protocol.ItemStatusUpdateRequest;
import org.sip2.protocol.ItemStatusUpdateResponse;
import org.sip2.protocol.Refusals;
import org.sip2.protocol.SipResponse;
import org.sip2.server.backend.ItemView;
import org.sip2.server.backend.TerminalOptions;
import org.sip2.server.screen.ScreenMessage;

/** 17 → 18 and 19 → 20 (docs/protocol.md §6.11, §6.12): an item's circulation state, and storing its properties. */
@ApplicationScoped
public class ItemResponder {

    @Inject
    Terminals terminals;

    @Inject
    ResponseFields responses;

    public SipResponse itemInformation(ItemInformationRequest request, ConnectionInfo connection) {
        Optional<ItemView> found =
                terminals.backend(connection).item(terminals.terminal(connection), request.itemIdentifier());
        if (found.isEmpty()) {
            return Refusals.of(request, ScreenMessage.ITEM_NOT_FOUND.text(), responses.now());
        }
        ItemView item = found.get();
        boolean rental = item.rentalFee() != null;
        return new ItemInformationResponse(
                item.status(),
                item.securityMarker(),
                rental ? FeeType.RENTAL : FeeType.OTHER_UNKNOWN,
                responses.now(),
                item.holdQueue(),
                item.dueAt() == null ? null : ResponseFields.dueDate(item.dueAt(), terminals.options(connection)),
                null,
                ResponseFields.date(item.pickupBy()),
                item.barcode(),
                item.title(),
                item.owner(),
                rental ? item.currency() : null,
                item.rentalFee(),
                item.mediaType(),
                item.permanentLocation(),
                item.currentLocation(),
                item.properties(),
                item.callNumber(),
                itemFields(item, terminals.options(connection)),
                null,
                null);
    }

    /** CR (the collection, which the 18 has no place for) and the account's custom item fields. */
    private static List<ExtraField> itemFields(ItemView item, TerminalOptions options) {
        List<ExtraField> fields = new ArrayList<>();
        String collection = AccountFields.collectionCode(item, options);
        if (collection != null) {
            fields.add(new ExtraField("CR", collection));
        }
        fields.addAll(AccountFields.itemFields(item, options));
        return fields;
    }

    public ItemStatusUpdateResponse statusUpdate(ItemStatusUpdateRequest request, ConnectionInfo connection) {
        Optional<ItemView> updated = terminals
                .backend(connection)
                .updateItemProperties(
                        terminals.terminal(connection), request.itemIdentifier(), request.itemProperties());
        return updated.map(item -> new ItemStatusUpdateResponse(
                        true,
                        responses.now(),
                        item.barcode(),
                        item.title(),
                        item.properties(),
                        List.of(ScreenMessage.ITEM_PROPERTIES_STORED.text()),
                        null))
                .orElseGet(() -> new ItemStatusUpdateResponse(
                        false,
                        responses.now(),
                        ResponseFields.text(request.itemIdentifier()),
                        null,
                        null,
                        List.of(ScreenMessage.ITEM_NOT_FOUND.text()),
                        null));
    }
}
