package org.sip2.server.importing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Optional;
import org.sip2.protocol.CirculationStatus;
import org.sip2.server.circulation.Catalog;
import org.sip2.server.circulation.LibraryClock;
import org.sip2.server.circulation.PatronAccounts;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Loan;
import org.sip2.server.domain.Patron;
import org.sip2.server.importing.ImportRow.Outcome;

/**
 * An open loan: the item is charged to the patron until the due date. A loan already open for the
 * same patron takes the file's due date and renewals; an item on loan to someone else is refused
 * (check it in first), so an import never moves a loan silently.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LoanRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    PatronAccounts patrons;

    @Inject
    Catalog catalog;

    @Inject
    LibraryClock clock;

    public ImportRow apply(CsvRow row) {
        String key = row.value("patron") + "/" + row.value("item");
        Patron patron = patron(patrons, row);
        Item item = item(catalog, row, "item");
        LocalDateTime due = Cells.dateTime(row, "due_at", true);
        if (due == null) {
            throw new RowRejected("due_at is required");
        }
        LocalDateTime out = Cells.dateTime(row, "checked_out_at", false);
        out = out == null ? clock.now() : out;
        if (due.isBefore(out)) {
            throw new RowRejected("due_at is before checked_out_at");
        }
        int renewals = Cells.count(row, "renewals");
        Optional<Loan> open = catalog.openLoan(item);
        if (open.isPresent() && !open.get().getPatron().getId().equals(patron.getId())) {
            throw new RowRejected("item " + item.getBarcode() + " is on loan to another patron: check it in first");
        }
        if (open.isPresent()) {
            boolean same = open.get().getDueAt().equals(due) && open.get().getRenewals() == renewals;
            open.get().takeOver(due, renewals);
            return new ImportRow(row.line(), key, same ? Outcome.UNCHANGED : Outcome.UPDATED, "");
        }
        Loan loan = new Loan(item, patron, out, due);
        loan.takeOver(due, renewals);
        em.persist(loan);
        item.setCirculationStatus(CirculationStatus.CHARGED);
        return new ImportRow(row.line(), key, Outcome.CREATED, "");
    }

    static Patron patron(PatronAccounts patrons, CsvRow row) {
        String barcode = row.required("patron");
        return patrons.find(barcode).orElseThrow(() -> new RowRejected("unknown patron " + barcode));
    }

    static Item item(Catalog catalog, CsvRow row, String column) {
        String barcode = row.required(column);
        return catalog.find(barcode).orElseThrow(() -> new RowRejected("unknown item " + barcode));
    }
}
