package org.sip2.it.koha;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
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
 * More records of the Koha option tests, created once in the shared IT database: institution
 * {@code G13LIB} (one overdue item blocks a checkout, off-line allowed), patrons
 * {@code 23529000007nnn} (PIN 1111), items {@code 39999000007nnn}, each used by one test, and
 * accounts {@code g13-*} (password = login id) with the options under test.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class KohaGapFixtures {

    public static final String LIBRARY = "G13LIB";
    public static final String BRANCH = "G13B2";
    public static final int LOAN_DAYS = 14;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LibraryClock clock;

    public static String patron(int n) {
        return String.format("23529000007%03d", n);
    }

    public static String item(int n) {
        return String.format("39999000007%03d", n);
    }

    @PostConstruct
    void create() {
        if (em.find(Institution.class, LIBRARY) != null) {
            return;
        }
        Institution library = new Institution(LIBRARY, "Koha gaps test library");
        library.getPolicy().allow(true, true, true, true, true);
        library.setLimits(50, 1, 20);
        em.persist(library);
        em.persist(new LoanRule(
                library,
                LoanRule.ANY,
                LoanRule.ANY,
                LOAN_DAYS,
                2,
                20,
                new BigDecimal("0.20"),
                new BigDecimal("4.00"),
                5,
                BigDecimal.ZERO));
        LocalDateTime now = clock.now();

        Patron late = patron(1, library);
        Item overdue = item(1, library, "BOOK", "100");
        em.persist(new Loan(overdue, late, now.minusDays(20), now.minusDays(6)));
        overdue.setCirculationStatus(CirculationStatus.CHARGED);
        item(2, library, "BOOK", "100");
        patron(2, library).setCategory("INHOUSE");
        item(3, library, "BOOK", "100");
        patron(3, library);
        item(4, library, "BOOK", "100");
        patron(4, library);
        item(5, library, "BOOK", "100");
        item(6, library, "BOOK", "398.2 GRI");
        item(7, library, "BOOK", "823.914 ROW");
        item(8, library, "BOOK", "398.2 AES");
        patron(5, library);
        item(9, library, "BOOK", "100");
        item(10, library, "BOOK", "100");
        item(11, library, "BOOK", "100");

        account("g13-strict", library, true, Map.of());
        account("g13-overdues", library, true, Map.of("overdues_block_checkout", "0"));
        account("g13-inhouse", library, true, Map.of("inhouse_patron_categories", "INHOUSE STAFF"));
        account("g13-noempty", library, true, Map.of());
        account("g13-empty", library, false, Map.of());
        account(
                "g13-sorter",
                library,
                true,
                Map.of(
                        "checkin_location_from_ap",
                        "1",
                        "sort_bin_mapping",
                        String.join(
                                "\n",
                                BRANCH + ":homebranch:eq:" + LIBRARY + ":7",
                                LIBRARY + ":itemcallnumber:lt:500:1",
                                LIBRARY + ":itemcallnumber:ge:500:4")));
    }

    private Patron patron(int n, Institution library) {
        Patron patron = new Patron(patron(n), "Gap Tester " + n, library);
        patron.setPinHash(passwords.hash(KohaFixtures.PIN));
        patron.setExpiresOn(clock.today().plusYears(1));
        em.persist(patron);
        return patron;
    }

    private Item item(int n, Institution library, String itemType, String callNumber) {
        Item item = new Item(item(n), "Gap Test Title " + n, library, library.getId());
        item.describe("Tester", callNumber, MediaType.BOOK, itemType);
        em.persist(item);
        return item;
    }

    /** {@code pinRequired} false is Koha's {@code allow_empty_passwords}. */
    private void account(String loginId, Institution library, boolean pinRequired, Map<String, String> options) {
        TerminalAccount account = new TerminalAccount(loginId, passwords.hash(loginId), library);
        account.setPatronPinRequired(pinRequired);
        options.forEach(account::setOption);
        em.persist(account);
    }
}
