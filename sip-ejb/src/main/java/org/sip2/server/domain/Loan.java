package org.sip2.server.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An item lent to a patron. While open, {@code openItemId} repeats the item's id so that a
 * unique constraint keeps an item from having two open loans, and {@code openPatronId} the
 * patron's, so that a patron's open loans are found without reading their loan history.
 */
@Entity
@Table(name = "loan")
@NamedQuery(
        name = "Loan.openByPatron",
        query = "select l from Loan l join fetch l.item where l.openPatronId = :patronId order by l.dueAt, l.id")
// By open_item_id, unique: an item's loan history (every loan it ever had) is never scanned.
@NamedQuery(name = "Loan.openByItem", query = "select l from Loan l join fetch l.patron where l.openItemId = :itemId")
@NamedQuery(
        name = "Loan.lastReturnedOfItem",
        query = "select l from Loan l join fetch l.patron where l.item = :item and l.returnedAt is not null "
                + "order by l.returnedAt desc, l.id desc")
// a loan rule's item limit for one item type
@NamedQuery(
        name = "Loan.countOpenOfItemType",
        query = "select count(l) from Loan l where l.openPatronId = :patronId"
                + " and upper(l.item.itemType) = upper(:itemType)")
// Run only for accounts with lost_block_checkout; the next one only for prevcheckout_block_checkout.
@NamedQuery(
        name = "Loan.countOpenWithItemStatus",
        query = "select count(l) from Loan l where l.openPatronId = :patronId and l.item.circulationStatus = :status")
@NamedQuery(
        name = "Loan.countReturnedOfItemByPatron",
        query = "select count(l) from Loan l where l.patron = :patron"
                + " and l.returnedAt is not null and l.item = :item")
public class Loan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private Item item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patron_id")
    private Patron patron;

    @Column(name = "checked_out_at", nullable = false)
    private LocalDateTime checkedOutAt;

    @Column(name = "due_at", nullable = false)
    private LocalDateTime dueAt;

    @Column(name = "returned_at")
    private LocalDateTime returnedAt;

    @Column(nullable = false)
    private int renewals;

    @Column(name = "open_item_id", unique = true)
    private Long openItemId;

    // Computed by the database from patron_id and returned_at (V17), so that it is right whatever
    // writes the loan (an import, a release before V17 during a rolling upgrade); only queried here.
    @Column(name = "open_patron_id", insertable = false, updatable = false)
    private Long openPatronId;

    protected Loan() {}

    public Loan(Item item, Patron patron, LocalDateTime checkedOutAt, LocalDateTime dueAt) {
        this.item = item;
        this.patron = patron;
        this.checkedOutAt = checkedOutAt;
        this.dueAt = dueAt;
        this.openItemId = item.getId();
    }

    public void renew(LocalDateTime newDueAt) {
        this.dueAt = newDueAt;
        this.renewals++;
    }

    /** A loan taken over from another system: its due date and renewals as that system has them. */
    public void takeOver(LocalDateTime dueAt, int renewals) {
        this.dueAt = dueAt;
        this.renewals = renewals;
    }

    /** The item came back; the item may now be lent again. */
    public void close(LocalDateTime returnedAt) {
        this.returnedAt = returnedAt;
        this.openItemId = null;
    }

    /** Undoes {@link #close}: a checkin the terminal could not complete (BI). */
    public void reopen() {
        this.returnedAt = null;
        this.openItemId = item.getId();
    }

    public boolean isOverdue(LocalDateTime now) {
        return returnedAt == null && dueAt.isBefore(now);
    }

    public Long getId() {
        return id;
    }

    public Item getItem() {
        return item;
    }

    public Patron getPatron() {
        return patron;
    }

    public LocalDateTime getCheckedOutAt() {
        return checkedOutAt;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public LocalDateTime getReturnedAt() {
        return returnedAt;
    }

    public int getRenewals() {
        return renewals;
    }
}
