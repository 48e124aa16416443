package org.sip2.server.circulation;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.sip2.server.audit.TransactionLog;
import org.sip2.server.audit.TransactionLogEntry.Outcome;
import org.sip2.server.backend.FeeView;
import org.sip2.server.backend.HoldView;
import org.sip2.server.backend.LoanView;
import org.sip2.server.backend.PatronView;
import org.sip2.server.backend.PatronView.Block;
import org.sip2.server.backend.PinCheck;
import org.sip2.server.backend.Terminal;
import org.sip2.server.cluster.Cluster;
import org.sip2.server.cluster.ClusterNotice;
import org.sip2.server.domain.Fee;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Loan;
import org.sip2.server.domain.LoanRule;
import org.sip2.server.domain.Patron;
import org.sip2.server.domain.PinLock;
import org.sip2.server.monitoring.SipMetrics;
import org.sip2.server.security.Passwords;
import org.sip2.server.security.VerifiedSecrets;

/** Patrons, their PINs, and their accounts as a terminal sees them. */
@ApplicationScoped
public class PatronAccounts {

    private static final Logger LOG = Logger.getLogger(PatronAccounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LibraryClock clock;

    @EJB
    PinLocks locks;

    @Inject
    Catalog catalog;

    @Inject
    VerifiedSecrets verified;

    @Inject
    Cluster cluster;

    @Inject
    TransactionLog log;

    @EJB
    SipMetrics metrics;

    /** The patron of any institution (for the console). */
    public Optional<Patron> find(String barcode) {
        return em
                .createNamedQuery("Patron.byBarcode", Patron.class)
                .setParameter("barcode", barcode == null ? "" : barcode.trim())
                .getResultList()
                .stream()
                .findFirst();
    }

    /** The patron, when the terminal's institution may serve them: its own, or a partner's that shares with it. */
    public Optional<Patron> find(Terminal terminal, String barcode) {
        return find(barcode).filter(patron -> patron.getInstitution().servesTerminalsOf(terminal.institutionId()));
    }

    /**
     * Checks a PIN given by a terminal ({@code null}: none asked for; empty: the terminal had to send
     * one and did not, which is refused but is no guess and is not counted). A PIN verified recently
     * is taken from memory: every wrong PIN, on any instance, makes all of them forget the card's
     * verified PIN, so a card with wrong PINs counted (and so a locked card) is never verified from
     * memory. Any other attempt is refused unchecked while the card is locked, and counted before
     * PBKDF2 runs, so a wrong PIN always costs the full hash.
     */
    public PinCheck checkPin(Terminal terminal, Patron patron, String pin) {
        if (pin == null) {
            return PinCheck.NOT_ASKED;
        }
        if (pin.isEmpty()) {
            return PinCheck.WRONG;
        }
        String subject = VerifiedSecrets.patron(patron.getId());
        if (verified.holds(subject, pin, patron.getPinHash())) {
            return PinCheck.VALID;
        }
        Optional<PinLock> lock = locks.of(patron.getId());
        if (lock.isPresent() && lock.get().isLocked(clock.now())) {
            return PinCheck.LOCKED;
        }
        PinLocks.Attempt attempt = countAttempt(patron.getId());
        if (attempt == PinLocks.Attempt.LOCKED) {
            return PinCheck.LOCKED;
        }
        if (passwords.matches(pin, patron.getPinHash())) {
            locks.clear(patron.getId());
            verified.remember(subject, pin, patron.getPinHash());
            return PinCheck.VALID;
        }
        cluster.publish(new ClusterNotice.ForgetSecret(subject));
        if (attempt == PinLocks.Attempt.CHECK_AND_LOCK) {
            metrics.pinLocked();
            LOG.info(() -> "Card " + patron.getBarcode() + " locked for SIP after too many wrong PINs, the last at "
                    + terminal.loginId());
            log.recordCardEvent(
                    clock.now(),
                    terminal.loginId(),
                    patron.getBarcode(),
                    Outcome.REFUSED,
                    "Card locked for SIP after too many wrong PINs");
            return PinCheck.LOCKED;
        }
        return PinCheck.WRONG;
    }

    private PinLocks.Attempt countAttempt(long patronId) {
        try {
            return locks.count(patronId);
        } catch (EJBException firstAttemptsAtOnce) {
            // Two first attempts inserted the count's row at once (PinLocks, an EJB, reports it wrapped);
            // the other one won, count on its row.
            return locks.count(patronId);
        }
    }

    /** The card was blocked or its PIN changed: a PIN verified before must be checked again, on every instance. */
    public void forgetVerifiedPin(Patron patron) {
        if (patron.getId() != null) {
            cluster.publish(new ClusterNotice.ForgetSecret(VerifiedSecrets.patron(patron.getId())));
        }
    }

    public Optional<PatronView> view(Terminal terminal, String barcode, String pin) {
        return find(terminal, barcode).map(patron -> view(patron, checkPin(terminal, patron, pin)));
    }

    /**
     * The message of the first block that matters for this patron now, or null. Renewals ask this on
     * every request, so it counts in one statement instead of building the view.
     */
    public String blockMessage(Patron patron, Predicate<Block> matters) {
        return standing(patron, LoanRule.ANY).blockMessage(matters);
    }

    /**
     * What a checkout asks of the patron's account: the blocks, the open loans of the item type a
     * loan rule limits ({@link LoanRule#ANY}: all of them) and the holds, in one statement (two for
     * a rule of one item type).
     */
    public AccountStanding standing(Patron patron, String ruleItemType) {
        LocalDateTime now = clock.now();
        Object[] counts = em.createNamedQuery("Patron.standing", Object[].class)
                .setParameter("patron", patron)
                .setParameter("now", now)
                .getSingleResult();
        int loans = ((Number) counts[0]).intValue();
        int holds = ((Number) counts[3]).intValue();
        long loansOfRulesKind = LoanRule.ANY.equals(ruleItemType)
                ? loans
                : em.createNamedQuery("Loan.countOpenOfItemType", Long.class)
                        .setParameter("patronId", patron.getId())
                        .setParameter("itemType", ruleItemType)
                        .getSingleResult();
        return new AccountStanding(
                Standing.blocks(
                        patron, clock.today(), loans, ((Number) counts[1]).longValue(), (BigDecimal) counts[2], holds),
                patron.getBlockMessage(),
                loansOfRulesKind,
                holds);
    }

    public PatronView view(Patron patron, PinCheck pin) {
        LocalDateTime now = clock.now();
        Institution library = patron.getInstitution();
        List<LoanView> loans = em
                .createNamedQuery("Loan.openByPatron", Loan.class)
                .setParameter("patronId", patron.getId())
                .getResultList()
                .stream()
                .map(loan -> new LoanView(
                        loan.getItem().getBarcode(),
                        loan.getItem().getTitle(),
                        loan.getDueAt(),
                        loan.isOverdue(now),
                        loan.getRenewals()))
                .toList();
        List<HoldView> holds =
                em.createNamedQuery("Hold.byPatron", Hold.class).setParameter("patron", patron).getResultList().stream()
                        .map(this::holdView)
                        .toList();
        List<FeeView> fees = em
                .createNamedQuery("Fee.outstandingByPatron", Fee.class)
                .setParameter("patron", patron)
                .getResultList()
                .stream()
                .map(fee -> new FeeView(
                        String.valueOf(fee.getId()),
                        fee.getItem() == null ? null : fee.getItem().getBarcode(),
                        fee.getFeeType(),
                        fee.getAmount(),
                        fee.getBalance(),
                        fee.getCreatedAt(),
                        fee.getDescription()))
                .toList();
        BigDecimal owed = fees.stream().map(FeeView::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        long overdue = loans.stream().filter(LoanView::overdue).count();
        EnumSet<Block> blocks = Standing.blocks(patron, clock.today(), loans.size(), overdue, owed, holds.size());
        return new PatronView(
                patron.getBarcode(),
                patron.getName(),
                patron.getEmail(),
                patron.getPhone(),
                patron.getAddress(),
                patron.getLanguage(),
                library.getCurrency(),
                library.getFeeLimit(),
                library.getMaxItemsCharged(),
                library.getMaxItemsOverdue(),
                library.getMaxHolds(),
                blocks,
                patron.getBlockMessage(),
                pin,
                loans,
                holds,
                fees,
                new PatronView.Profile(
                        patron.getCategory(), patron.getHomeLibrary(), patron.getBirthDate(), patron.getExpiresOn()));
    }

    private HoldView holdView(Hold hold) {
        return new HoldView(
                hold.getItem() == null ? null : hold.getItem().getBarcode(),
                hold.getTitle(),
                hold.isOnShelf(),
                hold.isTrapped() ? 0 : queuePosition(hold),
                hold.getPickupLocation(),
                hold.getExpiresAt(),
                hold.getOnShelfUntil());
    }

    /** 1 for the first in line: item-level holds queue on their item, title-level holds on their title. */
    public int queuePosition(Hold hold) {
        List<Hold> queue = hold.getItem() != null
                ? catalog.holds(hold.getItem()).queue()
                : em.createNamedQuery("Hold.waitingForTitle", Hold.class)
                        .setParameter("title", hold.getTitle())
                        .getResultList();
        int index = queue.indexOf(hold);
        return index < 0 ? queue.size() + 1 : index + 1;
    }
}
