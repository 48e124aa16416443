package org.sip2.it.observe;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sip2.server.circulation.LibraryClock;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Patron;
import org.sip2.server.domain.TerminalAccount;
import org.sip2.server.security.Passwords;

/**
 * The monitoring tests' own records in the shared IT database, created once: institution
 * {@value #INSTITUTION}, patrons {@value #PATRON} and {@value #PATRON_TO_LOCK} (whose card the tests
 * lock with wrong PINs), both with PIN {@value #PIN}, and the kiosk {@value #KIOSK}, whose password is
 * its login id; institution {@value #BROKEN_INSTITUTION}, served by a back end that is not deployed (a
 * configuration error every request of its kiosk {@value #BROKEN_KIOSK} fails on).
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class ObserveFixtures {

    public static final String INSTITUTION = "OBSLIB";
    public static final String PATRON = "OBS-PATRON-1";
    public static final String PATRON_TO_LOCK = "OBS-PATRON-2";
    public static final String PIN = "obs-pin-4711";
    public static final String KIOSK = "obs-kiosk";
    public static final String BROKEN_INSTITUTION = "G13GONE";
    public static final String BROKEN_KIOSK = "g13-gone";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LibraryClock clock;

    @PostConstruct
    void create() {
        if (em.find(Institution.class, BROKEN_INSTITUTION) == null) {
            Institution broken = new Institution(BROKEN_INSTITUTION, "Library of a back end that is not deployed");
            broken.setBackend("g13-not-deployed");
            em.persist(broken);
            em.persist(new TerminalAccount(BROKEN_KIOSK, passwords.hash(BROKEN_KIOSK), broken));
        }
        if (!em.createNamedQuery("TerminalAccount.byLoginId", TerminalAccount.class)
                .setParameter("loginId", KIOSK)
                .getResultList()
                .isEmpty()) {
            return;
        }
        Institution library = new Institution(INSTITUTION, "Observability Test Library");
        em.persist(library);
        for (String barcode : new String[] {PATRON, PATRON_TO_LOCK}) {
            Patron patron = new Patron(barcode, "Obs Tester " + barcode, library);
            patron.setPinHash(passwords.hash(PIN));
            patron.setExpiresOn(clock.today().plusYears(1));
            em.persist(patron);
        }
        em.persist(new TerminalAccount(KIOSK, passwords.hash(KIOSK), library));
    }
}
