package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.sip2.protocol.FeeType;
import org.sip2.protocol.ItemInformationRequest;
import org.sip2.protocol.ItemInformationResponse;
import org.sip2.protocol.Refusals;
import org.sip2.protocol.SipDate;
import org.sip2.protocol.SipResponse;
import org.sip2.server.circulation.Catalog;
import org.sip2.server.circulation.ItemRecord;
import org.sip2.server.domain.Item;

/** 17 → 18 (§6.11): an item's circulation status, due date, holds and locations. */
@ApplicationScoped
public class ItemResponder {

    static final String ITEM_NOT_FOUND = "Item not found";

    @Inject
    Catalog catalog;

    @Inject
    Responses responses;

    public SipResponse itemInformation(ItemInformationRequest request) {
        Optional<ItemRecord> found = catalog.find(request.itemIdentifier());
        if (found.isEmpty()) {
            return Refusals.of(request, ITEM_NOT_FOUND, responses.now());
        }
        ItemRecord record = found.get();
        Item item = record.item();
        return new ItemInformationResponse(record.status(), item.getSecurityMarker(), FeeType.OTHER_UNKNOWN, responses.now(),
                record.holdQueue(),
                record.loan() == null ? null : SipDate.local(record.loan().getDueAt()).text(),
                null,
                record.shelfHold() == null ? null : Responses.date(record.shelfHold().getOnShelfUntil()),
                item.getBarcode(), item.getTitle(), item.getInstitution().getId(), null, null, item.getMediaType(),
                item.getOwningLocation(), item.getCurrentLocation(), item.getProperties(), null, null, null);
    }
}
