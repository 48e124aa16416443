package org.sip2.server.circulation;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
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
import org.sip2.server.domain.Fee;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Loan;
import org.sip2.server.domain.LoanRule;

/**
 * Checkins: the loan ends (with a fine when late), and the item is routed: to the hold shelf or in
 * transit to the pickup library for the next hold, home when it belongs elsewhere, else back to
 * the shelf.
 */
@Stateless
public class Returns {

    private static final Logger LOG = Logger.getLogger(Returns.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    Catalog catalog;

    @EJB
    LoanRules rules;

    @EJB
    HoldQueue holds;

    @Inject
    LibraryClock clock;

    public CheckinResult checkin(Terminal terminal, CheckinCommand command) {
        Optional<Item> found = catalog.lock(terminal, command.item());
        if (found.isEmpty()) {
            return CheckinResult.refused(null, "Item not found, please see staff");
        }
        Item item = found.get();
        LocalDateTime now = clock.now();
        Optional<Loan> open = catalog.openLoan(item);
        if (command.cancel()) {
            Optional<CheckinResult> undone = open.filter(loan -> loan.getCheckedOutAt().isAfter(now.minusMinutes(Lending.CANCEL_WINDOW_MINUTES)))
                    .map(loan -> cancelCheckout(loan, item));
            if (undone.isPresent()) {
                return undone.get();
            }
            LOG.info(() -> "Cancel of a checkout of " + item.getBarcode() + " found no recent loan; checking in");
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
                messages.add("Returned late: a fine of " + fine + " " + item.getInstitution().getCurrency() + " was charged");
            }
        } else {
            messages.add("This item was not checked out");
        }
        String here = terminal.place();
        item.moveTo(here);
        LocalDateTime shelfUntil = (rule == null ? LoanRule.fallback(item.getInstitution()) : rule).shelfUntil(now);
        Optional<Hold> hold = holds.route(item, here, shelfUntil);
        if (hold.isPresent()) {
            Hold next = hold.get();
            boolean onShelfHere = next.isOnShelf();
            item.setCirculationStatus(onShelfHere ? CirculationStatus.WAITING_ON_HOLD_SHELF : CirculationStatus.IN_TRANSIT);
            messages.add(onShelfHere ? "Hold for " + next.getPatron().getName() + ": put on the hold shelf"
                    : "Hold for " + next.getPatron().getName() + ": send to " + next.getPickupLocation());
            return new CheckinResult(true, catalog.view(item), patron, true,
                    onShelfHere ? AlertType.HOLD_THIS_LIBRARY : AlertType.HOLD_OTHER_BRANCH,
                    onShelfHere ? here : next.getPickupLocation(), next.getPatron().getBarcode(), next.getPatron().getName(), messages);
        }
        if (!item.getOwningLocation().equalsIgnoreCase(here)) {
            item.setCirculationStatus(CirculationStatus.IN_TRANSIT);
            messages.add("Send to " + item.getOwningLocation());
            return new CheckinResult(true, catalog.view(item), patron, true, AlertType.SEND_TO_OTHER_BRANCH,
                    item.getOwningLocation(), null, null, messages);
        }
        item.setCirculationStatus(CirculationStatus.AVAILABLE);
        return new CheckinResult(true, catalog.view(item), patron, false, null, null, null, null, messages);
    }

    /** BI on a checkin: the terminal could not complete a checkout; the loan never happened (§9.6). */
    private CheckinResult cancelCheckout(Loan loan, Item item) {
        em.createNamedQuery("Fee.ofLoan", Fee.class).setParameter("loan", loan).getResultStream().forEach(em::remove);
        em.remove(loan);
        item.setCirculationStatus(CirculationStatus.AVAILABLE);
        return new CheckinResult(true, catalog.view(item), loan.getPatron().getBarcode(), false, null, null, null, null,
                List.of("Checkout cancelled"));
    }
}
