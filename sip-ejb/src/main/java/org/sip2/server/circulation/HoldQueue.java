package org.sip2.server.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.HoldType;
import org.sip2.server.backend.HoldCommand;
import org.sip2.server.backend.HoldResult;
import org.sip2.server.backend.PatronView;
import org.sip2.server.backend.PinCheck;
import org.sip2.server.backend.Terminal;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Patron;
import org.sip2.server.screen.ScreenMessage;

/** Hold queues: placing, cancelling and changing holds, and what holds mean for loans and returns. */
@ApplicationScoped
public class HoldQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    PatronAccounts patrons;

    @Inject
    Catalog catalog;

    @Inject
    LibraryClock clock;

    public HoldResult request(Terminal terminal, HoldCommand command) {
        Optional<Patron> found = patrons.find(terminal, command.patron());
        if (found.isEmpty()) {
            return HoldResult.refused(command.item(), command.title(), ScreenMessage.PATRON_NOT_FOUND.text());
        }
        Patron patron = found.get();
        PinCheck pin = patrons.checkPin(terminal, patron, command.pin());
        if (pin.refused()) {
            return HoldResult.refused(command.item(), command.title(), pin.message());
        }
        Item item = null;
        if (command.item() != null && !command.item().isBlank()) {
            item = catalog.find(terminal, command.item()).orElse(null);
            if (item == null) {
                return HoldResult.refused(command.item(), command.title(), ScreenMessage.ITEM_NOT_FOUND.text());
            }
        }
        String title = item != null ? item.getTitle() : command.title();
        if (title == null || title.isBlank()) {
            return HoldResult.refused(command.item(), command.title(), ScreenMessage.HOLD_WHICH.text());
        }
        Optional<Hold> existing = ownHold(patron, item, title);
        return switch (command.mode()) {
            case ADD -> place(terminal, patron, item, title, command, existing);
            case DELETE ->
                existing.map(hold -> cancel(hold, command))
                        .orElseGet(() -> HoldResult.refused(command.item(), title, ScreenMessage.NO_HOLD.text()));
            case CHANGE ->
                existing.map(hold -> change(hold, command))
                        .orElseGet(() -> HoldResult.refused(command.item(), title, ScreenMessage.NO_HOLD.text()));
        };
    }

    private HoldResult place(
            Terminal terminal, Patron patron, Item item, String title, HoldCommand command, Optional<Hold> existing) {
        PatronView account = patrons.view(patron, PinCheck.NOT_ASKED);
        String block = account.firstBlockMessage(b -> b.stopsRenewal() || b == PatronView.Block.TOO_MANY_HOLDS);
        if (block != null) {
            return HoldResult.refused(command.item(), title, block);
        }
        if (existing.isPresent()) {
            return HoldResult.refused(command.item(), title, ScreenMessage.HOLD_EXISTS.text());
        }
        if (item == null && !catalog.hasCopyWithTitle(terminal, title)) {
            return HoldResult.refused(command.item(), title, ScreenMessage.TITLE_NOT_FOUND.text());
        }
        if (account.loans().stream()
                .anyMatch(loan -> item != null
                        ? loan.itemBarcode().equals(item.getBarcode())
                        : loan.title().equals(title))) {
            return HoldResult.refused(command.item(), title, ScreenMessage.ALREADY_ON_LOAN.text());
        }
        LocalDateTime now = clock.now();
        String pickup =
                command.pickupLocation() == null || command.pickupLocation().isBlank()
                        ? patron.getHomeLibrary()
                        : command.pickupLocation();
        boolean anyCopy = item == null
                || command.type() == HoldType.ANY_COPY_OF_TITLE
                || command.type() == HoldType.ANY_COPY_AT_BRANCH;
        Hold hold = anyCopy
                ? Hold.onTitle(
                        patron,
                        title,
                        command.type() == null ? HoldType.ANY_COPY_OF_TITLE : command.type(),
                        now,
                        pickup)
                : Hold.onItem(patron, item, now, pickup);
        hold.change(null, command.expiresAt());
        em.persist(hold);
        em.flush();
        int position = patrons.queuePosition(hold);
        return new HoldResult(
                true,
                available(item, title),
                position,
                hold.getExpiresAt(),
                pickup,
                command.item(),
                title,
                List.of(ScreenMessage.HOLD_PLACED.text(position)));
    }

    private HoldResult cancel(Hold hold, HoldCommand command) {
        if (hold.isTrapped() && hold.getItem().getCirculationStatus() == CirculationStatus.WAITING_ON_HOLD_SHELF) {
            hold.getItem().setCirculationStatus(CirculationStatus.AVAILABLE);
        }
        em.remove(hold);
        return new HoldResult(
                true,
                false,
                null,
                null,
                hold.getPickupLocation(),
                command.item(),
                hold.getTitle(),
                List.of(ScreenMessage.HOLD_CANCELLED.text()));
    }

    private HoldResult change(Hold hold, HoldCommand command) {
        hold.change(command.pickupLocation(), command.expiresAt());
        return new HoldResult(
                true,
                false,
                hold.isTrapped() ? null : patrons.queuePosition(hold),
                hold.getExpiresAt(),
                hold.getPickupLocation(),
                command.item(),
                hold.getTitle(),
                List.of(ScreenMessage.HOLD_CHANGED.text()));
    }

    /** The patron's hold on that copy, or on its title. */
    private Optional<Hold> ownHold(Patron patron, Item item, String title) {
        return em.createNamedQuery("Hold.byPatron", Hold.class).setParameter("patron", patron).getResultList().stream()
                .filter(hold -> item != null ? hold.isFor(item) : title.equals(hold.getTitle()))
                .findFirst();
    }

    /** On the shelf: not on loan and not set aside for anyone (for a title: some copy is). */
    private boolean available(Item item, String title) {
        List<Item> copies = item != null
                ? List.of(item)
                : em.createQuery("select i from Item i where i.title = :title", Item.class)
                        .setParameter("title", title)
                        .getResultList();
        return copies.stream()
                .anyMatch(copy -> copy.getCirculationStatus() == CirculationStatus.AVAILABLE
                        && catalog.openLoan(copy).isEmpty());
    }

    /** The patron takes the item home: their hold on it (or its title) is fulfilled. Whether they had one. */
    public boolean fulfil(Item item, Patron patron) {
        Optional<Hold> fulfilled =
                em.createNamedQuery("Hold.byPatron", Hold.class).setParameter("patron", patron).getResultList().stream()
                        .filter(hold -> hold.isFor(item))
                        .findFirst();
        fulfilled.ifPresent(em::remove);
        return fulfilled.isPresent();
    }

    /**
     * A returned copy goes to the first hold in its queue, or completes a transit to this place.
     * Returns the hold it now serves, if any, which then no longer stands where {@code holds} has it.
     */
    public Optional<Hold> route(Item item, ItemHolds holds, String here, LocalDateTime shelfUntil) {
        Optional<Hold> trapped = holds.firstTrapped();
        if (trapped.isPresent()) {
            Hold hold = trapped.get();
            if (hold.getStatus() == Hold.Status.IN_TRANSIT
                    && (hold.getPickupLocation() == null
                            || hold.getPickupLocation().equalsIgnoreCase(here))) {
                hold.putOnShelf(shelfUntil);
            }
            return trapped;
        }
        Optional<Hold> next = holds.queue().stream().findFirst();
        next.ifPresent(hold -> hold.trap(item, here, shelfUntil));
        return next;
    }
}
