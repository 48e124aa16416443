package org.sip2.server.importing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.MediaType;
import org.sip2.server.circulation.Catalog;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Item;
import org.sip2.server.importing.ImportRow.Outcome;

/**
 * An item row: creates the item or updates the one with that barcode. Whether an item is on loan
 * comes from the loans file, never from the status column: a status "charged" for an item with no
 * open loan is refused, and an item on loan stays charged whatever the status column says.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ItemRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    public ImportRow apply(CsvRow row) {
        String barcode = row.required("barcode");
        String title = row.required("title");
        Institution institution = RowImport.institution(em, row);
        String owning = row.required("owning_location");
        String current = row.value("current_location") == null ? owning : row.value("current_location");
        MediaType mediaType = Cells.coded(row, "media_type", MediaType.class, MediaType.BOOK);
        CirculationStatus status = Cells.coded(row, "status", CirculationStatus.class, null);
        Optional<Item> existing = catalog.find(barcode);
        boolean onLoan = existing.flatMap(catalog::openLoan).isPresent();
        boolean charged = status == CirculationStatus.CHARGED || status == CirculationStatus.CHARGED_NOT_TO_BE_RECALLED;
        if (charged && !onLoan) {
            throw new RowRejected(
                    "status " + status.description() + " comes from the loans file, not from the items file");
        }
        Item item = existing.orElseGet(() -> new Item(barcode, title, institution, owning));
        item.shelve(title, institution, owning, current, row.value("collection"));
        item.describe(
                row.value("author"),
                row.value("call_number"),
                mediaType,
                row.value("item_type") == null ? item.getItemType() : row.value("item_type"));
        String message = "";
        if (onLoan && status != null && !charged) {
            message = "on loan: status stays charged";
        } else if (status != null) {
            item.setCirculationStatus(status);
        }
        if (existing.isEmpty()) {
            em.persist(item);
        }
        return new ImportRow(row.line(), barcode, existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED, message);
    }
}
