package org.sip2.server.circulation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.sip2.server.backend.FeeView;
import org.sip2.server.backend.HoldView;
import org.sip2.server.backend.LoanView;
import org.sip2.server.backend.PatronView;
import org.sip2.server.backend.PatronView.Block;
import org.sip2.server.backend.Terminal;
import org.sip2.server.domain.Fee;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Loan;
import org.sip2.server.domain.Patron;
import org.sip2.server.security.Passwords;

/** Patrons, their PINs, and their accounts as a terminal sees them. */
@Stateless
public class PatronAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LibraryClock clock;

    /** The patron of any institution (for the console). */
    public Optional<Patron> find(String barcode) {
        return em.createNamedQuery("Patron.byBarcode", Patron.class)
                .setParameter("barcode", barcode == null ? "" : barcode.trim())
                .getResultStream().findFirst();
    }

    /** The patron, when the terminal's institution may serve them: its own, or a partner's that shares with it. */
    public Optional<Patron> find(Terminal terminal, String barcode) {
        return find(barcode).filter(patron -> patron.getInstitution().servesTerminalsOf(terminal.institutionId()));
    }

    /** {@code null} when no PIN was given (§9.3: empty means no check asked for), else whether it matches. */
    public Boolean checkPin(Patron patron, String pin) {
        return pin == null || pin.isEmpty() ? null : passwords.matches(pin, patron.getPinHash());
    }

    public Optional<PatronView> view(Terminal terminal, String barcode, String pin) {
        return find(terminal, barcode).map(patron -> view(patron, checkPin(patron, pin)));
    }

    /**
     * The message of the first block that matters for this patron now, or null. Checkouts and
     * renewals ask this on every request, so it counts instead of building the whole view.
     */
    public String blockMessage(Patron patron, Predicate<Block> matters) {
        LocalDateTime now = clock.now();
        List<Loan> loans = em.createNamedQuery("Loan.openByPatron", Loan.class).setParameter("patron", patron).getResultList();
        BigDecimal owed = em.createQuery("select coalesce(sum(f.balance), 0) from Fee f where f.patron = :patron and f.balance > 0",
                BigDecimal.class).setParameter("patron", patron).getSingleResult();
        long holds = em.createQuery("select count(h) from Hold h where h.patron = :patron", Long.class)
                .setParameter("patron", patron).getSingleResult();
        long overdue = loans.stream().filter(loan -> loan.isOverdue(now)).count();
        return Block.first(Standing.blocks(patron, clock.today(), loans.size(), overdue, owed, (int) holds), matters,
                patron.getBlockMessage());
    }

    public PatronView view(Patron patron, Boolean pinValid) {
        LocalDateTime now = clock.now();
        Institution library = patron.getInstitution();
        List<LoanView> loans = em.createNamedQuery("Loan.openByPatron", Loan.class).setParameter("patron", patron).getResultStream()
                .map(loan -> new LoanView(loan.getItem().getBarcode(), loan.getItem().getTitle(), loan.getDueAt(),
                        loan.isOverdue(now), loan.getRenewals()))
                .toList();
        List<HoldView> holds = em.createNamedQuery("Hold.byPatron", Hold.class).setParameter("patron", patron).getResultStream()
                .map(this::holdView).toList();
        List<FeeView> fees = em.createNamedQuery("Fee.outstandingByPatron", Fee.class).setParameter("patron", patron).getResultStream()
                .map(fee -> new FeeView(String.valueOf(fee.getId()), fee.getItem() == null ? null : fee.getItem().getBarcode(),
                        fee.getFeeType(), fee.getAmount(), fee.getBalance(), fee.getCreatedAt(), fee.getDescription()))
                .toList();
        BigDecimal owed = fees.stream().map(FeeView::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        long overdue = loans.stream().filter(LoanView::overdue).count();
        EnumSet<Block> blocks = Standing.blocks(patron, clock.today(), loans.size(), overdue, owed, holds.size());
        return new PatronView(patron.getBarcode(), patron.getName(), patron.getEmail(), patron.getPhone(), patron.getAddress(),
                patron.getLanguage(), library.getCurrency(), library.getFeeLimit(), library.getMaxItemsCharged(),
                library.getMaxItemsOverdue(), library.getMaxHolds(), blocks, patron.getBlockMessage(), pinValid, loans, holds, fees);
    }

    private HoldView holdView(Hold hold) {
        return new HoldView(hold.getItem() == null ? null : hold.getItem().getBarcode(), hold.getTitle(), hold.isOnShelf(),
                hold.isTrapped() ? 0 : queuePosition(hold), hold.getPickupLocation(), hold.getExpiresAt(), hold.getOnShelfUntil());
    }

    /** 1 for the first in line: item-level holds queue on their item, title-level holds on their title. */
    public int queuePosition(Hold hold) {
        List<Hold> queue = hold.getItem() != null
                ? em.createNamedQuery("Hold.queueOfItem", Hold.class).setParameter("item", hold.getItem())
                        .setParameter("title", hold.getItem().getTitle()).getResultList()
                : em.createNamedQuery("Hold.waitingForTitle", Hold.class).setParameter("title", hold.getTitle()).getResultList();
        int index = queue.indexOf(hold);
        return index < 0 ? queue.size() + 1 : index + 1;
    }
}
