package org.sip2.server.circulation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.sip2.server.backend.ItemView;
import org.sip2.server.backend.Terminal;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Loan;

/** Items and their circulation state. */
@Stateless
public class Catalog {

    @PersistenceContext
    EntityManager em;

    /** The item of any institution (for the console). */
    public Optional<Item> find(String barcode) {
        return em.createNamedQuery("Item.byBarcode", Item.class)
                .setParameter("barcode", barcode == null ? "" : barcode.trim())
                .getResultStream().findFirst();
    }

    /** The item, when the terminal's institution may serve it: its own, or a partner's that shares with it. */
    public Optional<Item> find(Terminal terminal, String barcode) {
        return find(barcode).filter(item -> item.getInstitution().servesTerminalsOf(terminal.institutionId()));
    }

    /**
     * The item, locked until the transaction ends: transactions on one item (two terminals
     * checking it out at once) take turns, and the second sees what the first did.
     */
    public Optional<Item> lock(Terminal terminal, String barcode) {
        return find(terminal, barcode).map(item -> em.find(Item.class, item.getId(), LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Loan> openLoan(Item item) {
        return em.createNamedQuery("Loan.openByItem", Loan.class).setParameter("item", item).getResultStream().findFirst();
    }

    /**
     * The holds waiting for this copy, first in line first: on the copy, or on its title by patrons
     * of institutions it may be lent to (a copy never serves another library's patron unless its
     * institution shares with theirs).
     */
    public List<Hold> queue(Item item) {
        return em.createNamedQuery("Hold.queueOfItem", Hold.class).setParameter("item", item)
                .setParameter("title", item.getTitle()).getResultStream()
                .filter(hold -> item.getInstitution().servesTerminalsOf(hold.getPatron().getInstitution().getId()))
                .toList();
    }

    /** Whether the terminal's institution may serve some copy of this title. */
    public boolean hasCopyWithTitle(Terminal terminal, String title) {
        return em.createQuery("select i from Item i join fetch i.institution where i.title = :title", Item.class)
                .setParameter("title", title).getResultStream()
                .anyMatch(item -> item.getInstitution().servesTerminalsOf(terminal.institutionId()));
    }

    public ItemView view(Item item) {
        Loan loan = openLoan(item).orElse(null);
        List<Hold> trapped = em.createNamedQuery("Hold.trappedForItem", Hold.class).setParameter("item", item).getResultList();
        int queue = queue(item).size() + trapped.size();
        Hold onShelf = trapped.stream().filter(Hold::isOnShelf).findFirst().orElse(null);
        return new ItemView(item.getBarcode(), item.getTitle(), item.getAuthor(), item.getCallNumber(), item.getMediaType(),
                item.isMagneticMedia(), item.getSecurityMarker(), item.getCirculationStatus(), item.getInstitution().getId(),
                item.getOwningLocation(), item.getCurrentLocation(), item.getProperties(),
                loan == null ? null : loan.getDueAt(), queue, onShelf == null ? null : onShelf.getOnShelfUntil(),
                item.getItemType(), item.getCollectionCode(), null, null);
    }
}
