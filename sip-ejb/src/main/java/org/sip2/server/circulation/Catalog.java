package org.sip2.server.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.sip2.server.backend.ItemView;
import org.sip2.server.backend.Terminal;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Loan;

/** Items and their circulation state. */
@ApplicationScoped
public class Catalog {

    private static final Comparator<Hold> FIRST_COME =
            Comparator.comparing(Hold::getPlacedAt).thenComparing(Hold::getId);

    @PersistenceContext
    EntityManager em;

    @Inject
    LibraryClock clock;

    /** The item of any institution (for the console). */
    public Optional<Item> find(String barcode) {
        return em
                .createNamedQuery("Item.byBarcode", Item.class)
                .setParameter("barcode", barcode == null ? "" : barcode.trim())
                .getResultList()
                .stream()
                .findFirst();
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

    /**
     * Koha's seen_on_item_information: a 17 is a sighting of the item, committed before it is
     * answered; with markFound a lost item is found.
     */
    public Optional<Item> sight(Terminal terminal, String barcode, boolean markFound) {
        return lock(terminal, barcode).map(item -> {
            item.seen(clock.now(), markFound, openLoan(item).isPresent());
            return item;
        });
    }

    public Optional<Loan> openLoan(Item item) {
        return em
                .createNamedQuery("Loan.openByItem", Loan.class)
                .setParameter("itemId", item.getId())
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * The holds on this copy: those it is trapped for, and those waiting for it or its title by
     * patrons of institutions it may be lent to, first in line first (a copy never serves another
     * library's patron unless its institution shares with theirs).
     */
    public ItemHolds holds(Item item) {
        List<Hold> onItem = em.createNamedQuery("Hold.onItem", Hold.class)
                .setParameter("item", item)
                .getResultList();
        List<Hold> onTitle = em.createNamedQuery("Hold.waitingOnTitle", Hold.class)
                .setParameter("title", item.getTitle())
                .getResultList();
        return new ItemHolds(
                onItem.stream()
                        .filter(hold -> hold.getStatus() != Hold.Status.WAITING)
                        .toList(),
                Stream.concat(onItem.stream().filter(hold -> hold.getStatus() == Hold.Status.WAITING), onTitle.stream())
                        .filter(hold -> item.getInstitution()
                                .servesTerminalsOf(
                                        hold.getPatron().getInstitution().getId()))
                        .sorted(FIRST_COME)
                        .toList());
    }

    /** Whether the terminal's institution may serve some copy of this title. */
    public boolean hasCopyWithTitle(Terminal terminal, String title) {
        return em.createQuery("select i from Item i join fetch i.institution where i.title = :title", Item.class)
                .setParameter("title", title)
                .getResultStream()
                .anyMatch(item -> item.getInstitution().servesTerminalsOf(terminal.institutionId()));
    }

    public ItemView view(Item item) {
        return view(item, openLoan(item).orElse(null));
    }

    /** The item's view when its open loan is known already (null: none). */
    public ItemView view(Item item, Loan loan) {
        return view(item, loan, holds(item));
    }

    /** The item's view when its open loan (null: none) and its holds are known already. */
    public ItemView view(Item item, Loan loan, ItemHolds holds) {
        Hold onShelf =
                holds.trapped().stream().filter(Hold::isOnShelf).findFirst().orElse(null);
        return new ItemView(
                item.getBarcode(),
                item.getTitle(),
                item.getAuthor(),
                item.getCallNumber(),
                item.getMediaType(),
                item.isMagneticMedia(),
                item.getSecurityMarker(),
                item.getCirculationStatus(),
                item.getInstitution().getId(),
                item.getOwningLocation(),
                item.getCurrentLocation(),
                item.getProperties(),
                loan == null ? null : loan.getDueAt(),
                holds.count(),
                onShelf == null ? null : onShelf.getOnShelfUntil(),
                item.getItemType(),
                item.getCollectionCode(),
                null,
                null,
                item.getLastSeenAt() == null ? null : item.getLastSeenAt().toLocalDate());
    }
}
