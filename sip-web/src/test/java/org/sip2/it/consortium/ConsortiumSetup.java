package org.sip2.it.consortium;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.LoanRule;
import org.sip2.server.domain.Patron;
import org.sip2.server.domain.TerminalAccount;
import org.sip2.server.security.Passwords;

/**
 * The test institution XTST, which shares circulation with FFZG (not the other way round): no
 * off-line transactions, no status updates, three-day loans. Its terminal xtst1 / xtst1, and
 * xtst-lo2 / xtst-lo2, which may log in from 127.0.0.2 only.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class ConsortiumSetup {

    public static final String PATRON = "23529080000001";
    public static final String PATRON_PIN = "x0001";
    public static final String BLOCK_PATRON = "23529080000002";
    public static final String ITEM = "39999080000001";
    public static final String OFFLINE_ITEM = "39999080000002";
    public static final int LOAN_DAYS = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @PostConstruct
    void register() {
        if (em.find(Institution.class, "XTST") != null) {
            return;
        }
        Institution xtst = new Institution("XTST", "Test Consortium Library");
        xtst.getPolicy().allow(true, true, true, false, false);
        xtst.shareWith(Set.of("FFZG"));
        em.persist(xtst);
        em.persist(new LoanRule(
                xtst,
                LoanRule.ANY,
                LoanRule.ANY,
                LOAN_DAYS,
                1,
                5,
                new BigDecimal("0.50"),
                new BigDecimal("5.00"),
                2,
                BigDecimal.ZERO));
        TerminalAccount terminal = new TerminalAccount("xtst1", passwords.hash("xtst1"), xtst);
        terminal.setLocation("XTST");
        em.persist(terminal);
        TerminalAccount narrow = new TerminalAccount("xtst-lo2", passwords.hash("xtst-lo2"), xtst);
        narrow.setAllowedAddresses("127.0.0.2/32");
        em.persist(narrow);
        patron(PATRON, "Xena Test", PATRON_PIN, xtst);
        patron(BLOCK_PATRON, "Yuri Test", "x0002", xtst);
        em.persist(new Item(ITEM, "Consortium Copy One", xtst, "XTST"));
        em.persist(new Item(OFFLINE_ITEM, "Consortium Copy Two", xtst, "XTST"));
    }

    private void patron(String barcode, String name, String pin, Institution institution) {
        Patron patron = new Patron(barcode, name, institution);
        patron.setPinHash(passwords.hash(pin));
        patron.setExpiresOn(LocalDate.now().plusYears(2));
        em.persist(patron);
    }
}
