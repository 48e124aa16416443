package org.sip2.server.importing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Locale;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.HoldType;
import org.sip2.server.circulation.Catalog;
import org.sip2.server.circulation.LibraryClock;
import org.sip2.server.circulation.PatronAccounts;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Patron;
import org.sip2.server.importing.ImportRow.Outcome;

/**
 * A hold: on a copy (item) or on any copy of a title; waiting in the queue (by placed_at), or with
 * its copy in transit or on the hold shelf, which then needs the item, and the item's status
 * follows. A patron's second hold on the same copy or title is not created again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class HoldRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    PatronAccounts patrons;

    @Inject
    Catalog catalog;

    @Inject
    LibraryClock clock;

    public ImportRow apply(CsvRow row) {
        Patron patron = LoanRows.patron(patrons, row);
        Item item = row.value("item") == null ? null : LoanRows.item(catalog, row, "item");
        String title = item == null ? row.value("title") : item.getTitle();
        if (title == null) {
            throw new RowRejected("a hold needs an item or a title");
        }
        String key = patron.getBarcode() + "/" + (item == null ? title : item.getBarcode());
        Hold.Status status = status(row);
        if (status != Hold.Status.WAITING && item == null) {
            throw new RowRejected("a hold " + row.value("status") + " needs the item set aside for it");
        }
        if (status != Hold.Status.WAITING && catalog.openLoan(item).isPresent()) {
            throw new RowRejected("item " + item.getBarcode() + " is on loan: a hold on it can only be waiting");
        }
        HoldType type = Cells.coded(
                row, "hold_type", HoldType.class, item == null ? HoldType.ANY_COPY_OF_TITLE : HoldType.SPECIFIC_COPY);
        LocalDateTime placed = Cells.dateTime(row, "placed_at", false);
        LocalDateTime expires = Cells.dateTime(row, "expires_at", true);
        LocalDateTime shelfUntil = Cells.dateTime(row, "on_shelf_until", true);
        if (exists(patron, item, title)) {
            return new ImportRow(row.line(), key, Outcome.UNCHANGED, "the patron already has this hold");
        }
        placed = placed == null ? clock.now() : placed;
        Hold hold = item != null && type == HoldType.SPECIFIC_COPY
                ? Hold.onItem(patron, item, placed, row.value("pickup_location"))
                : Hold.onTitle(patron, title, type, placed, row.value("pickup_location"));
        if (status != Hold.Status.WAITING && type != HoldType.SPECIFIC_COPY) {
            hold.trap(item, row.value("pickup_location"), shelfUntil);
        }
        hold.takeOver(status, expires, shelfUntil);
        em.persist(hold);
        if (status == Hold.Status.ON_SHELF) {
            item.setCirculationStatus(CirculationStatus.WAITING_ON_HOLD_SHELF);
        } else if (status == Hold.Status.IN_TRANSIT) {
            item.setCirculationStatus(CirculationStatus.IN_TRANSIT);
        }
        return new ImportRow(row.line(), key, Outcome.CREATED, "");
    }

    private static Hold.Status status(CsvRow row) {
        String text = row.value("status");
        if (text == null) {
            return Hold.Status.WAITING;
        }
        try {
            return Hold.Status.valueOf(
                    text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new RowRejected("status must be waiting, in_transit or on_shelf, not " + text);
        }
    }

    private boolean exists(Patron patron, Item item, String title) {
        return !em.createQuery(
                        "select h.id from Hold h where h.patron = :patron and "
                                + (item == null ? "h.item is null and h.title = :key" : "h.item = :key"),
                        Long.class)
                .setParameter("patron", patron)
                .setParameter("key", item == null ? title : item)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
