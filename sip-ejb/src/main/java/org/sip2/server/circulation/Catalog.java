package org.sip2.server.circulation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Loan;

/** Items and their circulation state. */
@Stateless
public class Catalog {

    @PersistenceContext
    EntityManager em;

    public Optional<ItemRecord> find(String barcode) {
        return em.createNamedQuery("Item.byBarcode", Item.class)
                .setParameter("barcode", barcode == null ? "" : barcode.trim())
                .getResultStream().findFirst()
                .map(this::record);
    }

    private ItemRecord record(Item item) {
        Loan loan = em.createNamedQuery("Loan.openByItem", Loan.class).setParameter("item", item)
                .getResultStream().findFirst().orElse(null);
        Hold shelfHold = em.createNamedQuery("Hold.onShelfForItem", Hold.class).setParameter("item", item)
                .getResultStream().findFirst().orElse(null);
        long waiting = em.createNamedQuery("Hold.countWaitingForItem", Long.class).setParameter("item", item).getSingleResult();
        return new ItemRecord(item, loan, (int) waiting + (shelfHold == null ? 0 : 1), shelfHold);
    }
}
