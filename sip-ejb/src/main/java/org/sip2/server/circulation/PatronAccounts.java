package org.sip2.server.circulation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.sip2.server.domain.Fee;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Loan;
import org.sip2.server.domain.Patron;
import org.sip2.server.security.Passwords;

/** Patrons' accounts as a terminal sees them. */
@Stateless
public class PatronAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LibraryClock clock;

    /**
     * The account of the patron with this barcode.
     *
     * @param pin the PIN the patron typed; {@code null} or empty means no PIN check was asked for (§9.3)
     */
    public Optional<PatronAccount> find(String barcode, String pin) {
        Optional<Patron> found = em.createNamedQuery("Patron.byBarcode", Patron.class)
                .setParameter("barcode", barcode == null ? "" : barcode.trim())
                .getResultStream().findFirst();
        return found.map(patron -> account(patron, pin));
    }

    private PatronAccount account(Patron patron, String pin) {
        LocalDateTime now = clock.now();
        List<Loan> loans = em.createNamedQuery("Loan.openByPatron", Loan.class).setParameter("patron", patron).getResultList();
        List<Hold> holds = em.createNamedQuery("Hold.byPatron", Hold.class).setParameter("patron", patron).getResultList();
        List<Fee> fees = em.createNamedQuery("Fee.outstandingByPatron", Fee.class).setParameter("patron", patron).getResultList();
        Boolean pinValid = pin == null || pin.isEmpty() ? null : passwords.matches(pin, patron.getPinHash());
        PatronAccount draft = new PatronAccount(patron, loans, holds, fees, java.util.Set.of(), now, pinValid);
        return new PatronAccount(patron, loans, holds, fees,
                patron.blocks(clock.today(), loans.size(), draft.overdueLoans().size(), draft.feesOwed()), now, pinValid);
    }
}
