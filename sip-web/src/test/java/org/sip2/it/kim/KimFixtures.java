package org.sip2.it.kim;

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
 * The institution KIM of the catalogue import and Koha emulator tests, created once in the shared
 * IT database: the terminal account {@code kim-term} (password {@code kim-term}), and for the
 * emulator the patron {@code KIM-EMU-P} (PIN {@code kim-pin}) and the item {@code KIM-EMU-I}.
 * Everything else with the prefix KIM comes from the tests' own CSV files.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class KimFixtures {

    public static final String INSTITUTION = "KIM";
    public static final String TERMINAL = "kim-term";
    public static final String PATRON = "KIM-EMU-P";
    public static final String PIN = "kim-pin";
    public static final String ITEM = "KIM-EMU-I";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LibraryClock clock;

    @PostConstruct
    void create() {
        if (em.find(Institution.class, INSTITUTION) != null) {
            return;
        }
        Institution library = new Institution(INSTITUTION, "Koha Import Library");
        library.getPolicy().allow(true, true, true, true, true);
        em.persist(library);
        em.persist(new TerminalAccount(TERMINAL, passwords.hash(TERMINAL), library));
        Patron patron = new Patron(PATRON, "Emulator Tester", library);
        patron.setPinHash(passwords.hash(PIN));
        patron.setExpiresOn(clock.today().plusYears(1));
        em.persist(patron);
        em.persist(new Item(ITEM, "The Emulator's Book", library, INSTITUTION));
    }
}
