package org.sip2.it.limits;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.MediaType;
import org.sip2.server.circulation.LibraryClock;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Loan;
import org.sip2.server.domain.LoanRule;
import org.sip2.server.domain.Patron;
import org.sip2.server.domain.TerminalAccount;
import org.sip2.server.security.Passwords;

/**
 * LIMLIB lends three items of any kind but one DVD at a time. Patron {@code LIMP01} (PIN 1111) has a
 * DVD and a book out; {@code LIMI03} is a DVD on the shelf, {@code LIMI04} and {@code LIMI05} books.
 * Account {@code lim-desk} (password = login id) serves LIMLIB. Created once in the shared IT database.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class LoanLimitFixtures {

    public static final String LIBRARY = "LIMLIB";
    public static final String ACCOUNT = "lim-desk";
    public static final String PATRON = "LIMP01";
    public static final String PIN = "1111";
    public static final String DVD_ON_SHELF = "LIMI03";
    public static final String BOOK_ON_SHELF = "LIMI04";
    public static final String SECOND_BOOK_ON_SHELF = "LIMI05";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LibraryClock clock;

    @PostConstruct
    void create() {
        if (em.find(Institution.class, LIBRARY) != null) {
            return;
        }
        Institution library = new Institution(LIBRARY, "Loan Limit Test Library");
        library.getPolicy().allow(true, true, true, false, true);
        em.persist(library);
        em.persist(rule(library, LoanRule.ANY, 3));
        em.persist(rule(library, "DVD", 1));
        Patron patron = new Patron(PATRON, "Limit Tester", library);
        patron.setPinHash(passwords.hash(PIN));
        patron.setExpiresOn(clock.today().plusYears(1));
        em.persist(patron);
        LocalDateTime now = clock.now();
        lend(item("LIMI01", library, "DVD"), patron, now);
        lend(item("LIMI02", library, "BOOK"), patron, now);
        item(DVD_ON_SHELF, library, "DVD");
        item(BOOK_ON_SHELF, library, "BOOK");
        item(SECOND_BOOK_ON_SHELF, library, "BOOK");
        em.persist(new TerminalAccount(ACCOUNT, passwords.hash(ACCOUNT), library));
    }

    private static LoanRule rule(Institution library, String itemType, int maxItems) {
        return new LoanRule(
                library,
                LoanRule.ANY,
                itemType,
                14,
                2,
                maxItems,
                new BigDecimal("0.20"),
                new BigDecimal("4.00"),
                5,
                BigDecimal.ZERO);
    }

    private Item item(String barcode, Institution library, String itemType) {
        Item item = new Item(barcode, "Limit Test " + barcode, library, library.getId());
        item.describe("Tester", barcode, MediaType.BOOK, itemType);
        em.persist(item);
        return item;
    }

    private void lend(Item item, Patron patron, LocalDateTime now) {
        em.persist(new Loan(item, patron, now.minusDays(1), now.plusDays(13)));
        item.setCirculationStatus(CirculationStatus.CHARGED);
    }
}
