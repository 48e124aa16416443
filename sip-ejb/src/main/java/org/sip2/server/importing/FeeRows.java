package org.sip2.server.importing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.sip2.protocol.FeeType;
import org.sip2.server.circulation.Catalog;
import org.sip2.server.circulation.LibraryClock;
import org.sip2.server.circulation.PatronAccounts;
import org.sip2.server.domain.Fee;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Patron;
import org.sip2.server.importing.ImportRow.Outcome;

/**
 * A fee a patron owes: its amount and what is still owed (balance, the amount when not given). A
 * fee equal to one the patron already has (type, amount, created_at, description) is not charged
 * again, so that a file with created_at may be imported twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class FeeRows {

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
        BigDecimal amount = Cells.amount(row, "amount");
        if (amount == null || amount.signum() == 0) {
            throw new RowRejected("amount is required and more than 0");
        }
        BigDecimal balance = Cells.amount(row, "balance");
        balance = balance == null ? amount : balance;
        if (balance.compareTo(amount) > 0) {
            throw new RowRejected("balance " + balance + " is more than the amount " + amount);
        }
        FeeType type = Cells.coded(row, "fee_type", FeeType.class, FeeType.OTHER_UNKNOWN);
        Item item = row.value("item") == null ? null : LoanRows.item(catalog, row, "item");
        LocalDateTime created = Cells.dateTime(row, "created_at", false);
        String description = row.value("description");
        String key = patron.getBarcode() + "/" + amount;
        if (created != null && exists(patron, type, amount, created, description)) {
            return new ImportRow(row.line(), key, Outcome.UNCHANGED, "the patron already has this fee");
        }
        Fee fee = new Fee(patron, item, type, amount, created == null ? clock.now() : created, description);
        fee.pay(amount.subtract(balance));
        em.persist(fee);
        return new ImportRow(row.line(), key, Outcome.CREATED, "");
    }

    private boolean exists(Patron patron, FeeType type, BigDecimal amount, LocalDateTime created, String description) {
        return !em.createQuery(
                        "select f.id from Fee f where f.patron = :patron and f.feeType = :type and f.amount = :amount"
                                + " and f.createdAt = :created and coalesce(f.description, '') = :description",
                        Long.class)
                .setParameter("patron", patron)
                .setParameter("type", type)
                .setParameter("amount", amount)
                .setParameter("created", created)
                .setParameter("description", description == null ? "" : description)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
