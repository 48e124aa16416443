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

    public boolean hasCopyWithTitle(String title) {
        return !em.createQuery("select i.id from Item i where i.title = :title", Long.class)
                .setParameter("title", title).setMaxResults(1).getResultList().isEmpty();
    }

    public ItemView view(Item item) {
        Loan loan = openLoan(item).orElse(null);
        List<Hold> trapped = em.createNamedQuery("Hold.trappedForItem", Hold.class).setParameter("item", item).getResultList();
        int queue = em.createNamedQuery("Hold.queueOfItem", Hold.class).setParameter("item", item)
                .setParameter("title", item.getTitle()).getResultList().size() + trapped.size();
        Hold onShelf = trapped.stream().filter(Hold::isOnShelf).findFirst().orElse(null);
        return new ItemView(item.getBarcode(), item.getTitle(), item.getAuthor(), item.getCallNumber(), item.getMediaType(),
                item.isMagneticMedia(), item.getSecurityMarker(), item.getCirculationStatus(), item.getInstitution().getId(),
                item.getOwningLocation(), item.getCurrentLocation(), item.getProperties(),
                loan == null ? null : loan.getDueAt(), queue, onShelf == null ? null : onShelf.getOnShelfUntil());
    }
}
