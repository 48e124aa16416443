package org.sip2.it.koha;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.FeeType;
import org.sip2.protocol.MediaType;
import org.sip2.server.circulation.LibraryClock;
import org.sip2.server.domain.CirculationPolicy;
import org.sip2.server.domain.Fee;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Loan;
import org.sip2.server.domain.LoanRule;
import org.sip2.server.domain.Patron;
import org.sip2.server.domain.TerminalAccount;
import org.sip2.server.security.Passwords;

/**
 * The records of the Koha option tests, created once in the shared IT database. KOHLIB enforces a
 * policy without renewals (off-line allowed); KOHADV has the same flags, advertised only. Patrons
 * {@code KOHP0N} (PIN 1111), items {@code KOHI0N} / {@code KOHI1N}, each used by one test; accounts
 * (password = login id) carry the options under test.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class KohaFixtures {

    public static final String LIBRARY = "KOHLIB";
    public static final String ADVERTISING = "KOHADV";
    public static final String PIN = "1111";
    public static final int LOAN_DAYS = 14;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LibraryClock clock;

    public static String patron(int n) {
        return String.format("KOHP%02d", n);
    }

    public static String item(int n) {
        return String.format("KOHI%02d", n);
    }

    @PostConstruct
    void create() {
        if (em.find(Institution.class, LIBRARY) != null) {
            return;
        }
        Institution library = institution(LIBRARY, CirculationPolicy.Mode.ENFORCE);
        Institution advertising = institution(ADVERTISING, CirculationPolicy.Mode.ADVERTISE);
        Patron p1 = patron(1, library);
        p1.setCategory("STAFF");
        p1.setBirthDate(LocalDate.of(1990, 4, 1));
        Patron p2 = patron(2, library);
        Patron p3 = patron(3, advertising);
        LocalDateTime now = clock.now();

        item(1, library, "BOOK", null);
        item(2, library, "DVD", "FIC");
        item(3, library, "BOOK", null);
        lend(hold(item(4, library, "BOOK", null), p2), p1, now);
        lend(hold(item(5, library, "BOOK", null), p2), p1, now);
        item(6, library, "BOOK", null);
        item(7, library, "DVD", null);
        lend(item(8, advertising, "BOOK", null), p3, now);
        lend(item(9, library, "BOOK", null), p1, now);
        item(10, library, "BOOK", null);
        item(11, library, "REF", null);
        Patron doe = patron(4, library);
        doe.setName("Doe, Jane");
        doe.setContact("jane.doe@example.org", "555-0104", "4 Koha Street");
        em.persist(new Fee(doe, null, FeeType.OTHER_UNKNOWN, new BigDecimal("2.50"), now.minusDays(3), "Lost card"));
        hold(item(12, library, "BOOK", "NF"), doe);
        em.persist(
                new Fee(patron(5, library), null, FeeType.OTHER_UNKNOWN, BigDecimal.ONE, now.minusDays(3), "Damage"));
        em.persist(
                new Fee(patron(6, library), null, FeeType.OTHER_UNKNOWN, BigDecimal.ONE, now.minusDays(3), "Damage"));
        em.persist(new LoanRule(
                library,
                LoanRule.ANY,
                "RENTAL",
                7,
                1,
                5,
                new BigDecimal("0.20"),
                new BigDecimal("4.00"),
                5,
                new BigDecimal("1.50")));
        item(13, library, "RENTAL", null);
        Patron losing = patron(7, library);
        Item lost = item(14, library, "BOOK", null);
        lend(lost, losing, now);
        lost.setCirculationStatus(CirculationStatus.LOST);
        Patron returning = patron(8, library);
        Item borrowedBefore = item(15, library, "BOOK", null);
        Loan earlier = new Loan(borrowedBefore, returning, now.minusDays(30), now.minusDays(16));
        earlier.close(now.minusDays(20));
        em.persist(earlier);
        item(16, library, "BOOK", null);
        Item bell = new Item(item(17), "Koha\u0007Bell", library, library.getId());
        bell.describe("Tester", "KOH 17", MediaType.BOOK, "KIT");
        em.persist(bell);
        item(18, library, "BOOK", null).setCirculationStatus(CirculationStatus.LOST);
        item(19, library, "BOOK", null).setCirculationStatus(CirculationStatus.LOST);

        account("koh-strict", library, Map.of("checked_in_ok", "0"));
        account(
                "koh-sorter",
                library,
                Map.of(
                        "cv_send_00_on_success",
                        "1",
                        "ct_always_send",
                        "1",
                        "cv_triggers_alert",
                        "1",
                        "checkin_location_from_ap",
                        "1",
                        "sort_bin_mapping",
                        "KOHLIB:itype:eq:DVD:3\nKOHLIB:ccode:eq:FIC:2",
                        "format_due_date",
                        "dd/MM/yyyy",
                        "blocked_item_types",
                        "DVD",
                        "inhouse_item_types",
                        "REF"));
        account("koh-holdblock", library, Map.of("holds_block_checkin", "1"));
        account("koh-nocapture", library, Map.of("holds_get_captured", "0"));
        account("koh-adv", advertising, Map.of());
        account(
                "koh-display",
                library,
                Map.of(
                        "hide_fields",
                        "BE,PB",
                        "ae_field_template",
                        "{{patron.surname}}{{#patron.firstname}}, {{patron.firstname}}{{/patron.firstname}}",
                        "av_field_template",
                        "{{accountline.description}} {{accountline.amountoutstanding}}",
                        "screen_msg_regex",
                        "^You owe (.*)$ => Balance: $1",
                        "send_patron_home_library_in_af",
                        "1",
                        "show_outstanding_amount",
                        "1",
                        "custom_patron_field",
                        "XC={{patron.categorycode}}",
                        "custom_item_field",
                        "ZY={{item.ccode}}",
                        "show_checkin_message",
                        "0",
                        "da_field_template",
                        "HOLD {{patron.surname}}"));
        account("koh-allow", library, Map.of("allow_fields", "AE,BL"));
        account("koh-history", library, Map.of("lost_block_checkout", "1", "prevcheckout_block_checkout", "1"));
        account("koh-print", library, Map.of("convert_nonprinting_characters", "?", "cr_item_field", "itype"));
        account(
                "koh-found",
                library,
                Map.of("seen_on_item_information", "mark_found", "custom_item_field", "ZS={{item.datelastseen}}"));
        account(
                "koh-keeplost",
                library,
                Map.of("seen_on_item_information", "keep_lost", "custom_item_field", "ZS={{item.datelastseen}}"));
        account(
                "koh-fees",
                library,
                Map.of("disallow_overpayment", "0", "payment_type_writeoff", "06", "register_id", "7"));
    }

    private Institution institution(String id, CirculationPolicy.Mode mode) {
        Institution institution = new Institution(id, "Koha Test " + id);
        institution.getPolicy().allow(true, true, false, false, true);
        institution.getPolicy().setMode(mode);
        em.persist(institution);
        em.persist(new LoanRule(
                institution,
                LoanRule.ANY,
                LoanRule.ANY,
                LOAN_DAYS,
                2,
                20,
                new BigDecimal("0.20"),
                new BigDecimal("4.00"),
                5,
                BigDecimal.ZERO));
        return institution;
    }

    private Patron patron(int n, Institution library) {
        Patron patron = new Patron(patron(n), "Koha Tester " + n, library);
        patron.setPinHash(passwords.hash(PIN));
        patron.setExpiresOn(clock.today().plusYears(1));
        em.persist(patron);
        return patron;
    }

    private Item item(int n, Institution library, String itemType, String collection) {
        Item item = new Item(item(n), "Koha Test Title " + n, library, library.getId());
        item.describe("Tester", "KOH " + n, MediaType.BOOK, itemType);
        item.setCollectionCode(collection);
        em.persist(item);
        return item;
    }

    private Item hold(Item item, Patron patron) {
        em.persist(Hold.onItem(patron, item, clock.now().minusDays(1), item.getOwningLocation()));
        return item;
    }

    private void lend(Item item, Patron patron, LocalDateTime now) {
        em.persist(new Loan(item, patron, now.minusDays(2), now.plusDays(LOAN_DAYS - 2)));
        item.setCirculationStatus(CirculationStatus.CHARGED);
    }

    private void account(String loginId, Institution library, Map<String, String> options) {
        TerminalAccount account = new TerminalAccount(loginId, passwords.hash(loginId), library);
        account.setPatronPinRequired(false);
        options.forEach(account::setOption);
        em.persist(account);
    }
}
