package org.sip2.it.pins;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sip2.server.circulation.LibraryClock;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Patron;
import org.sip2.server.domain.TerminalAccount;
import org.sip2.server.security.Passwords;

/**
 * Patrons, items and terminal accounts of the PIN tests, in their own institution PINLIB (which
 * allows status updates, so that a terminal may block a card), created once in the shared IT
 * database: patrons {@code 235290900000NN} with PIN {@code pin-NN}, items {@code 399990900000NN},
 * the kiosk {@code pin-kiosk} (PIN required), the sorter {@code pin-sorter} (not required) and
 * {@code pin-login} for the login back-off; each account's password is its login id.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class PinFixtures {

    public static final String INSTITUTION = "PINLIB";
    public static final int PATRONS = 12;
    public static final int ITEMS = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LibraryClock clock;

    public static String patron(int n) {
        return String.format("235290900000%02d", n);
    }

    public static String pin(int n) {
        return String.format("pin-%02d", n);
    }

    public static String item(int n) {
        return String.format("399990900000%02d", n);
    }

    @PostConstruct
    void create() {
        if (!em.createQuery("select p from Patron p where p.barcode = :b", Patron.class)
                .setParameter("b", patron(1))
                .getResultList()
                .isEmpty()) {
            return;
        }
        Institution library = new Institution(INSTITUTION, "PIN Test Library");
        library.getPolicy().allow(true, true, true, true, false);
        em.persist(library);
        for (int n = 1; n <= PATRONS; n++) {
            Patron patron = new Patron(patron(n), "Pin Tester " + n, library);
            patron.setPinHash(passwords.hash(pin(n)));
            patron.setExpiresOn(clock.today().plusYears(1));
            patron.setContact("pin.tester." + n + "@example.org", "555-09" + n, n + " Pin Street");
            em.persist(patron);
        }
        for (int n = 1; n <= ITEMS; n++) {
            em.persist(new Item(item(n), "Pin Test Book " + n, library, INSTITUTION));
        }
        for (String loginId : new String[] {"pin-kiosk", "pin-sorter", "pin-login"}) {
            TerminalAccount account = new TerminalAccount(loginId, passwords.hash(loginId), library);
            account.setPatronPinRequired(!loginId.equals("pin-sorter"));
            em.persist(account);
        }
    }
}
