package org.sip2.server.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.sip2.protocol.AlertType;
import org.sip2.protocol.CirculationStatus;
import org.sip2.server.backend.CheckinCommand;
import org.sip2.server.backend.CheckinResult;
import org.sip2.server.backend.Terminal;
import org.sip2.server.backend.TerminalOption;
import org.sip2.server.backend.TerminalOptions;
import org.sip2.server.domain.Fee;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Loan;
import org.sip2.server.domain.LoanRule;
import org.sip2.server.screen.ScreenMessage;

/**
 * Checkins: the loan ends (with a fine when late), and the item is routed: to the hold shelf or in
 * transit to the pickup library for the next hold, home when it belongs elsewhere, else back to
 * the shelf.
 */
@ApplicationScoped
public class Returns {

    private static final Logger LOG = Logger.getLogger(Returns.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    LoanRules rules;

    @Inject
    HoldQueue holds;

    @Inject
    LibraryClock clock;

    public CheckinResult checkin(Terminal terminal, CheckinCommand command) {
        Optional<Item> found = catalog.lock(terminal, command.item());
        if (found.isEmpty()) {
            return CheckinResult.refused(null, ScreenMessage.CHECKIN_ITEM_NOT_FOUND.text());
        }
        Item item = found.get();
        LocalDateTime now = clock.now();
        Optional<Loan> open = catalog.openLoan(item);
        if (command.cancel()) {
            Optional<CheckinResult> undone = open.filter(
                            loan -> loan.getCheckedOutAt().isAfter(now.minusMinutes(Lending.CANCEL_WINDOW_MINUTES)))
                    .map(loan -> cancelCheckout(loan, item));
            if (undone.isPresent()) {
                return undone.get();
            }
            LOG.info(() -> "Cancel of a checkout of " + item.getBarcode() + " found no recent loan; checking in");
        }
        TerminalOptions options = terminal.options();
        // read once: only a route below changes one of them, and then the view reads them again
        ItemHolds itemHolds = catalog.holds(item);
        if (options.flag(TerminalOption.HOLDS_BLOCK_CHECKIN) && itemHolds.next().isPresent()) {
            return new CheckinResult(
                    false,
                    catalog.view(item, open.orElse(null), itemHolds),
                    open.map(loan -> loan.getPatron().getBarcode()).orElse(null),
                    true,
                    AlertType.OTHER,
                    null,
                    null,
                    null,
                    List.of(ScreenMessage.HOLD_GIVE_TO_STAFF.text()));
        }
        List<String> messages = new ArrayList<>();
        String patron = null;
        LoanRule rule = null;
        if (open.isPresent()) {
            Loan loan = open.get();
            patron = loan.getPatron().getBarcode();
            rule = rules.ruleFor(loan.getPatron(), item);
            LocalDateTime returned = command.returnedAt() == null ? now : command.returnedAt();
            loan.close(returned);
            BigDecimal fine = rule.fine(loan.getDueAt(), returned);
            if (fine.signum() > 0) {
                em.persist(Fee.overdue(loan, fine, now));
                messages.add(ScreenMessage.RETURNED_LATE.text(
                        fine, item.getInstitution().getCurrency()));
            }
        } else {
            messages.add(ScreenMessage.WAS_NOT_CHECKED_OUT.text());
        }
        // Koha's checked_in_ok: without it, an item that was not out is answered ok=0 (still routed).
        boolean ok = open.isPresent() || options.flag(TerminalOption.CHECKED_IN_OK);
        // from here on the item has no open loan: its views need not look for one
        String here = returnPlace(terminal, command);
        item.moveTo(here);
        LocalDateTime shelfUntil = (rule == null ? LoanRule.fallback(item.getInstitution()) : rule).shelfUntil(now);
        Optional<Hold> hold = options.flag(TerminalOption.HOLDS_GET_CAPTURED)
                ? holds.route(item, itemHolds, here, shelfUntil)
                : Optional.empty();
        if (hold.isEmpty()
                && !options.flag(TerminalOption.HOLDS_GET_CAPTURED)
                && itemHolds.next().isPresent()) {
            messages.add(ScreenMessage.HAS_HOLDS_STAFF_TRAPS.text());
        }
        if (hold.isPresent()) {
            Hold next = hold.get();
            boolean onShelfHere = next.isOnShelf();
            item.setCirculationStatus(
                    onShelfHere ? CirculationStatus.WAITING_ON_HOLD_SHELF : CirculationStatus.IN_TRANSIT);
            messages.add(
                    onShelfHere
                            ? ScreenMessage.HOLD_SHELF.text(next.getPatron().getName())
                            : ScreenMessage.HOLD_SEND.text(next.getPatron().getName(), next.getPickupLocation()));
            return new CheckinResult(
                    ok,
                    catalog.view(item, null),
                    patron,
                    true,
                    onShelfHere ? AlertType.HOLD_THIS_LIBRARY : AlertType.HOLD_OTHER_BRANCH,
                    onShelfHere ? here : next.getPickupLocation(),
                    next.getPatron().getBarcode(),
                    next.getPatron().getName(),
                    messages);
        }
        if (!item.getOwningLocation().equalsIgnoreCase(here)) {
            item.setCirculationStatus(CirculationStatus.IN_TRANSIT);
            messages.add(ScreenMessage.SEND_HOME.text(item.getOwningLocation()));
            return new CheckinResult(
                    ok,
                    catalog.view(item, null, itemHolds),
                    patron,
                    true,
                    AlertType.SEND_TO_OTHER_BRANCH,
                    item.getOwningLocation(),
                    null,
                    null,
                    messages);
        }
        item.setCirculationStatus(CirculationStatus.AVAILABLE);
        return new CheckinResult(
                ok, catalog.view(item, null, itemHolds), patron, !ok, null, null, null, null, messages);
    }

    /** Where the item came back: the checkin's AP when the account says so and it is given, else the terminal. */
    private static String returnPlace(Terminal terminal, CheckinCommand command) {
        boolean fromAp = terminal.options().flag(TerminalOption.CHECKIN_LOCATION_FROM_AP);
        return fromAp && command.location() != null && !command.location().isBlank()
                ? command.location().trim()
                : terminal.place();
    }

    /** BI on a checkin: the terminal could not complete a checkout; the loan never happened (docs/protocol.md §9.6). */
    private CheckinResult cancelCheckout(Loan loan, Item item) {
        em.createNamedQuery("Fee.ofLoan", Fee.class).setParameter("loan", loan).getResultList().stream()
                .forEach(em::remove);
        em.remove(loan);
        item.setCirculationStatus(CirculationStatus.AVAILABLE);
        return new CheckinResult(
                true,
                catalog.view(item),
                loan.getPatron().getBarcode(),
                false,
                null,
                null,
                null,
                null,
                List.of(ScreenMessage.CHECKOUT_CANCELLED.text()));
    }
}
