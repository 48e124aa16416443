package org.sip2.server.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.FeeType;
import org.sip2.server.backend.CheckoutCommand;
import org.sip2.server.backend.LoanResult;
import org.sip2.server.backend.PatronView;
import org.sip2.server.backend.PinCheck;
import org.sip2.server.backend.RenewAllResult;
import org.sip2.server.backend.RenewCommand;
import org.sip2.server.backend.Terminal;
import org.sip2.server.backend.TerminalOption;
import org.sip2.server.backend.TerminalOptions;
import org.sip2.server.domain.Fee;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Loan;
import org.sip2.server.domain.LoanRule;
import org.sip2.server.domain.Patron;
import org.sip2.server.screen.ScreenMessage;

/** Checkouts and renewals under the loan rules, holds and patron blocks. */
@ApplicationScoped
public class Lending {

    private static final Logger LOG = Logger.getLogger(Lending.class.getName());
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM yyyy");
    /** A cancel (BI) undoes a transaction of the same item from this recently (docs/protocol.md §9.6). */
    static final long CANCEL_WINDOW_MINUTES = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    PatronAccounts patrons;

    @Inject
    Catalog catalog;

    @Inject
    LoanRules rules;

    @Inject
    HoldQueue holds;

    @Inject
    LibraryClock clock;

    public LoanResult checkout(Terminal terminal, CheckoutCommand command) {
        Optional<Item> lockedItem = catalog.lock(terminal, command.item());
        Optional<Patron> found = patrons.find(terminal, command.patron());
        if (found.isEmpty()) {
            return LoanResult.refused(
                    lockedItem.map(catalog::view).orElse(null), ScreenMessage.PATRON_NOT_FOUND.text());
        }
        Patron patron = found.get();
        PinCheck pin = patrons.checkPin(terminal, patron, command.pin());
        if (pin.refused()) {
            return LoanResult.refused(lockedItem.map(catalog::view).orElse(null), pin.message());
        }
        if (lockedItem.isEmpty()) {
            return LoanResult.refused(null, ScreenMessage.ITEM_NOT_FOUND.text());
        }
        Item item = lockedItem.get();
        LocalDateTime now = clock.now();
        if (command.cancel()) {
            Optional<LoanResult> restored = restoreLastLoan(item, patron, now);
            if (restored.isPresent()) {
                return restored.get();
            }
            LOG.info(() -> "Cancel of a checkin of " + item.getBarcode() + " found no recent return to "
                    + patron.getBarcode() + "; checking out");
        }
        LoanRule rule = rules.ruleFor(patron, item);
        Optional<Loan> open = catalog.openLoan(item);
        if (open.isPresent() && open.get().getPatron().getId().equals(patron.getId())) {
            return command.renewalAllowed()
                    ? renew(
                            open.get(),
                            rule,
                            command.noBlock(),
                            command.when(),
                            command.offlineDueDate(),
                            command.feeAcknowledged())
                    : LoanResult.refused(catalog.view(item), ScreenMessage.ALREADY_ON_LOAN.text());
        }
        TerminalOptions options = terminal.options();
        boolean mayHaveHolds = true;
        ItemHolds itemHolds = null;
        if (!command.noBlock()) {
            AccountStanding standing = patrons.standing(patron, rule.getItemType());
            mayHaveHolds = standing.holds() > 0;
            itemHolds = catalog.holds(item);
            String refusal = options.lists(TerminalOption.BLOCKED_ITEM_TYPES, item.getItemType())
                    ? ScreenMessage.NOT_AT_THIS_TERMINAL.text()
                    : checkoutRefusal(standing, patron, item, rule, open.isPresent(), options, itemHolds);
            if (refusal != null) {
                return LoanResult.refused(catalog.view(item, open.orElse(null), itemHolds), refusal);
            }
            if (rule.hasRentalFee() && !command.feeAcknowledged()) {
                return rentalFeeToAccept(item, patron, rule);
            }
        } else if (open.isPresent()) {
            open.get().close(command.when()); // lent off line to this patron: the earlier loan ended then
        }
        LocalDateTime start = command.noBlock() ? command.when() : now;
        List<String> messages = new ArrayList<>();
        LocalDateTime due = dueDate(rule, start, command.noBlock() ? command.offlineDueDate() : null, messages);
        if (options.lists(TerminalOption.INHOUSE_ITEM_TYPES, item.getItemType())
                || options.lists(TerminalOption.INHOUSE_PATRON_CATEGORIES, patron.getCategory())) {
            due = start.toLocalDate().atTime(LoanRule.END_OF_DAY);
            messages.add(ScreenMessage.FOR_USE_IN_LIBRARY.text());
        }
        Loan loan = new Loan(item, patron, start, due);
        em.persist(loan);
        item.setCirculationStatus(CirculationStatus.CHARGED);
        boolean fulfilled = mayHaveHolds && holds.fulfil(item, patron);
        String transactionId = rule.hasRentalFee() && !command.noBlock()
                ? chargeRental(patron, item, rule, ScreenMessage.FEE_RENTAL)
                : null;
        em.flush();
        messages.add(0, ScreenMessage.DUE.text(DUE.format(due)));
        // a checkout changes no hold of the copy but the one it fulfils: else the holds read above still stand
        return lent(
                false,
                loan,
                rule,
                transactionId,
                messages,
                itemHolds == null || fulfilled ? catalog.holds(item) : itemHolds);
    }

    /**
     * The refusal that reports a rental fee (BT, BV, BH): the terminal asks the patron and sends BO=Y
     * (docs/protocol.md §9.7).
     */
    private LoanResult rentalFeeToAccept(Item item, Patron patron, LoanRule rule) {
        String currency = patron.getInstitution().getCurrency();
        return new LoanResult(
                false,
                false,
                catalog.view(item),
                null,
                FeeType.RENTAL,
                rule.getRentalFee(),
                currency,
                null,
                List.of(ScreenMessage.RENTAL_FEE_TO_ACCEPT.text(rule.getRentalFee(), currency)));
    }

    /** Charges the rule's rental fee for a loan or a renewal; the fee's id is the response's transaction id (BK). */
    private String chargeRental(Patron patron, Item item, LoanRule rule, ScreenMessage description) {
        Fee rental = new Fee(
                patron, item, FeeType.RENTAL, rule.getRentalFee(), clock.now(), description.text(item.getTitle()));
        em.persist(rental);
        em.flush();
        return "FEE-" + rental.getId();
    }

    /** A loan made or renewed, with the rental fee charged for it, if any, and the copy's holds now. */
    private LoanResult lent(
            boolean renewal, Loan loan, LoanRule rule, String transactionId, List<String> messages, ItemHolds holds) {
        boolean charged = transactionId != null;
        return new LoanResult(
                true,
                renewal,
                catalog.view(loan.getItem(), loan, holds),
                loan.getDueAt(),
                charged ? FeeType.RENTAL : null,
                charged ? rule.getRentalFee() : null,
                loan.getPatron().getInstitution().getCurrency(),
                transactionId,
                List.copyOf(messages));
    }

    /**
     * The loan rule's due date from the start; a due date the terminal gave off line only when it
     * is neither before the transaction nor later than the rule allows from it (else the terminal
     * is told why).
     */
    private static LocalDateTime dueDate(
            LoanRule rule, LocalDateTime start, LocalDateTime offered, List<String> messages) {
        LocalDateTime ruled = rule.dueDate(start);
        if (offered == null) {
            return ruled;
        }
        if (offered.isBefore(start) || offered.isAfter(ruled)) {
            messages.add(ScreenMessage.OFFLINE_DUE_DATE_OUTSIDE_RULE.text(DUE.format(offered)));
            return ruled;
        }
        return offered;
    }

    private String checkoutRefusal(
            AccountStanding standing,
            Patron patron,
            Item item,
            LoanRule rule,
            boolean onLoanToAnother,
            TerminalOptions options,
            ItemHolds itemHolds) {
        // Koha's overdues_block_checkout off: overdue items never stop a checkout at this terminal.
        boolean overduesBlock = options.flag(TerminalOption.OVERDUES_BLOCK_CHECKOUT);
        String block = standing.blockMessage(
                b -> b.stopsCheckout() && (overduesBlock || b != PatronView.Block.TOO_MANY_ITEMS_OVERDUE));
        if (block != null) {
            return block;
        }
        String history = historyRefusal(patron, item, options);
        if (history != null) {
            return history;
        }
        if (onLoanToAnother) {
            return ScreenMessage.CHECKED_OUT_TO_ANOTHER_SEE_STAFF.text();
        }
        if (!item.isLoanable()) {
            return ScreenMessage.CANNOT_BE_CHECKED_OUT.text();
        }
        if (itemHolds.heldForAnother(patron).isPresent()) {
            return ScreenMessage.ON_HOLD_FOR_ANOTHER.text();
        }
        if (standing.loansOfRulesKind() >= rule.getMaxItems()) {
            return ScreenMessage.MAX_ITEMS_OF_KIND.text(rule.getMaxItems());
        }
        return null;
    }

    /** Koha's lost_block_checkout and prevcheckout_block_checkout: a query each, only when the account asks. */
    private String historyRefusal(Patron patron, Item item, TerminalOptions options) {
        String limit = options.text(TerminalOption.LOST_BLOCK_CHECKOUT);
        int lostLimit = limit.isEmpty() ? 0 : Integer.parseInt(limit);
        if (lostLimit > 0) {
            long lost = em.createNamedQuery("Loan.countOpenWithItemStatus", Long.class)
                    .setParameter("patronId", patron.getId())
                    .setParameter("status", CirculationStatus.LOST)
                    .getSingleResult();
            if (lost >= lostLimit) {
                return ScreenMessage.TOO_MANY_LOST.text();
            }
        }
        if (options.flag(TerminalOption.PREVCHECKOUT_BLOCK_CHECKOUT)
                && em.createNamedQuery("Loan.countReturnedOfItemByPatron", Long.class)
                                .setParameter("patron", patron)
                                .setParameter("item", item)
                                .getSingleResult()
                        > 0) {
            return ScreenMessage.BORROWED_BEFORE.text();
        }
        return null;
    }

    public LoanResult renew(Terminal terminal, RenewCommand command) {
        Optional<Patron> found = patrons.find(terminal, command.patron());
        if (found.isEmpty()) {
            return LoanResult.refused(null, ScreenMessage.PATRON_NOT_FOUND.text());
        }
        Patron patron = found.get();
        PinCheck pin = patrons.checkPin(terminal, patron, command.pin());
        if (pin.refused()) {
            return LoanResult.refused(null, pin.message());
        }
        Optional<Loan> loan = command.item() != null && !command.item().isBlank()
                ? catalog.lock(terminal, command.item()).flatMap(catalog::openLoan)
                : em
                        .createNamedQuery("Loan.openByPatron", Loan.class)
                        .setParameter("patronId", patron.getId())
                        .getResultList()
                        .stream()
                        .filter(l -> l.getItem().getTitle().equals(command.title()))
                        .findFirst();
        if (loan.isEmpty()) {
            Optional<Item> item = catalog.find(terminal, command.item());
            return LoanResult.refused(
                    item.map(catalog::view).orElse(null),
                    item.isPresent() || command.item() == null
                            ? ScreenMessage.NOT_ON_LOAN_TO_YOU.text()
                            : ScreenMessage.ITEM_NOT_FOUND.text());
        }
        if (!loan.get().getPatron().getId().equals(patron.getId()) && !command.thirdPartyAllowed()) {
            return LoanResult.refused(catalog.view(loan.get().getItem()), ScreenMessage.CHECKED_OUT_TO_ANOTHER.text());
        }
        return renew(
                loan.get(),
                rules.ruleFor(loan.get().getPatron(), loan.get().getItem()),
                command.noBlock(),
                command.when(),
                command.offlineDueDate(),
                command.feeAcknowledged());
    }

    /** Renews every loan of the patron; {@code feeAcknowledged} (BO=Y) accepts the rental fees of all of them. */
    public RenewAllResult renewAll(Terminal terminal, String barcode, String pin, boolean feeAcknowledged) {
        Optional<Patron> found = patrons.find(terminal, barcode);
        if (found.isEmpty()) {
            return new RenewAllResult(false, List.of(), List.of(), List.of(ScreenMessage.PATRON_NOT_FOUND.text()));
        }
        Patron patron = found.get();
        PinCheck check = patrons.checkPin(terminal, patron, pin);
        if (check.refused()) {
            return new RenewAllResult(false, List.of(), List.of(), List.of(check.message()));
        }
        String block = patrons.blockMessage(patron, PatronView.Block::stopsRenewal);
        if (block != null) {
            return new RenewAllResult(false, List.of(), List.of(), List.of(block));
        }
        List<String> renewed = new ArrayList<>();
        List<String> unrenewed = new ArrayList<>();
        for (Loan loan : em.createNamedQuery("Loan.openByPatron", Loan.class)
                .setParameter("patronId", patron.getId())
                .getResultList()) {
            LoanResult result = renew(loan, rules.ruleFor(patron, loan.getItem()), false, null, null, feeAcknowledged);
            (result.ok() ? renewed : unrenewed).add(loan.getItem().getBarcode());
        }
        return new RenewAllResult(
                true,
                renewed,
                unrenewed,
                List.of(ScreenMessage.RENEW_ALL_SUMMARY.text(renewed.size(), unrenewed.size())));
    }

    /**
     * A renewal of an item with a rental fee costs the fee again, accepted like a checkout's (docs/protocol.md
     * §9.7).
     */
    private LoanResult renew(
            Loan loan,
            LoanRule rule,
            boolean noBlock,
            LocalDateTime when,
            LocalDateTime offlineDue,
            boolean feeAcknowledged) {
        Item item = loan.getItem();
        // a renewal changes no hold: the copy's holds are read once, for the check and the response
        ItemHolds itemHolds = catalog.holds(item);
        if (!noBlock) {
            String block = patrons.blockMessage(loan.getPatron(), PatronView.Block::stopsRenewal);
            if (block != null) {
                return LoanResult.refused(catalog.view(item, loan, itemHolds), block);
            }
            if (!rule.allowsRenewalAfter(loan.getRenewals())) {
                return LoanResult.refused(
                        catalog.view(item, loan, itemHolds), ScreenMessage.RENEWAL_LIMIT.text(rule.getRenewalLimit()));
            }
            if (itemHolds.othersWaiting(loan.getPatron())) {
                return LoanResult.refused(catalog.view(item, loan, itemHolds), ScreenMessage.ON_HOLD_NO_RENEWAL.text());
            }
            if (rule.hasRentalFee() && !feeAcknowledged) {
                return rentalFeeToAccept(item, loan.getPatron(), rule);
            }
        }
        List<String> messages = new ArrayList<>();
        LocalDateTime due =
                dueDate(rule, noBlock && when != null ? when : clock.now(), noBlock ? offlineDue : null, messages);
        loan.renew(due.isAfter(loan.getDueAt()) ? due : loan.getDueAt());
        String transactionId = rule.hasRentalFee() && !noBlock
                ? chargeRental(loan.getPatron(), item, rule, ScreenMessage.FEE_RENTAL_RENEWAL)
                : null;
        messages.add(0, ScreenMessage.RENEWED_UNTIL.text(DUE.format(loan.getDueAt())));
        return lent(true, loan, rule, transactionId, messages, itemHolds);
    }

    /**
     * BI on a checkout: the terminal could not complete a checkin; the loan it ended goes on
     * (docs/protocol.md §9.6).
     */
    private Optional<LoanResult> restoreLastLoan(Item item, Patron patron, LocalDateTime now) {
        if (catalog.openLoan(item).isPresent()) {
            return Optional.empty();
        }
        return em
                .createNamedQuery("Loan.lastReturnedOfItem", Loan.class)
                .setParameter("item", item)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .filter(loan -> loan.getPatron().getId().equals(patron.getId())
                        && loan.getReturnedAt().isAfter(now.minusMinutes(CANCEL_WINDOW_MINUTES)))
                .findFirst()
                .map(loan -> {
                    em.createNamedQuery("Fee.ofLoan", Fee.class).setParameter("loan", loan).getResultList().stream()
                            .filter(Fee::isUnpaid)
                            .forEach(em::remove);
                    catalog.holds(item).trapped().forEach(Hold::untrap);
                    loan.reopen();
                    item.setCirculationStatus(CirculationStatus.CHARGED);
                    return new LoanResult(
                            true,
                            false,
                            catalog.view(item),
                            loan.getDueAt(),
                            null,
                            null,
                            null,
                            null,
                            List.of(ScreenMessage.CHECKIN_CANCELLED.text(DUE.format(loan.getDueAt()))));
                });
    }
}
