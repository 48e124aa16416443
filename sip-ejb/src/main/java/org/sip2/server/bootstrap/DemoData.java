package org.sip2.server.bootstrap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sip2.connector.api.ErrorDetectionMode;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.FeeType;
import org.sip2.protocol.MediaType;
import org.sip2.server.admin.DemoAccounts;
import org.sip2.server.circulation.LibraryClock;
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
 * The demo library of the README: institutions CPL and FFZG with loan rules, terminal accounts
 * term1 and sc1, the patron term1 and 25 more, 220 items, loans (some overdue), holds and fines. Deterministic, so
 * tests and documentation can name its records.
 */
@Stateless
public class DemoData {

    static final int CPL_PATRONS = 20;
    static final int CPL_ITEMS = 200;

    private static final String[][] TITLES = {
        {"Pride and Prejudice", "Austen, Jane", "FIC AUS"},
        {"Moby-Dick", "Melville, Herman", "FIC MEL"},
        {"Middlemarch", "Eliot, George", "FIC ELI"},
        {"War and Peace", "Tolstoy, Leo", "FIC TOL"},
        {"The Count of Monte Cristo", "Dumas, Alexandre", "FIC DUM"},
        {"Great Expectations", "Dickens, Charles", "FIC DIC"},
        {"Jane Eyre", "Brontë, Charlotte", "FIC BRO"},
        {"Crime and Punishment", "Dostoevsky, Fyodor", "FIC DOS"},
        {"Don Quixote", "Cervantes, Miguel de", "FIC CER"},
        {"The Odyssey", "Homer", "883 HOM"},
        {"Frankenstein", "Shelley, Mary", "FIC SHE"},
        {"Dracula", "Stoker, Bram", "FIC STO"},
        {"The Adventures of Sherlock Holmes", "Doyle, Arthur Conan", "FIC DOY"},
        {"Walden", "Thoreau, Henry David", "818 THO"},
        {"On the Origin of Species", "Darwin, Charles", "576.8 DAR"},
        {"The Time Machine", "Wells, H. G.", "FIC WEL"},
        {"Anna Karenina", "Tolstoy, Leo", "FIC TOL"},
        {"Les Misérables", "Hugo, Victor", "FIC HUG"},
        {"The Republic", "Plato", "321 PLA"},
        {"A Tale of Two Cities", "Dickens, Charles", "FIC DIC"}
    };
    private static final MediaType[] MEDIA = {
        MediaType.BOOK,
        MediaType.BOOK,
        MediaType.BOOK,
        MediaType.BOOK,
        MediaType.CD_CDROM,
        MediaType.BOOK,
        MediaType.MAGAZINE,
        MediaType.BOOK,
        MediaType.VIDEO_TAPE,
        MediaType.BOOK_WITH_CD
    };
    private static final String[] FIRST = {
        "Ana", "Ben", "Clara", "David", "Ema", "Filip", "Greta", "Hugo", "Ines", "Jakov", "Katja", "Luka", "Mia",
        "Nikola", "Olga", "Petar", "Rita", "Sven", "Tea", "Vid"
    };
    private static final String[] LAST = {
        "Horvat", "Novak", "Kovač", "Babić", "Marić", "Jurić", "Knežević", "Vuković", "Petrović", "Blažević"
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    LibraryClock clock;

    /** Loads the demo library unless the database already has an institution. Returns whether it did. */
    public boolean loadIntoEmptyDatabase() {
        if (em.createQuery("select count(i) from Institution i", Long.class).getSingleResult() > 0) {
            return false;
        }
        LocalDateTime now = clock.now().withNano(0);
        Institution cpl = new Institution("CPL", "Centerville Public Library");
        cpl.getPolicy().allow(true, true, true, false, false);
        cpl.getPolicy().setTiming(25, 5);
        cpl.setCurrency("USD");
        cpl.setFeeLimit(new BigDecimal("10.00"));
        cpl.setLimits(10, 3, 5);
        Institution ffzg = new Institution("FFZG", "Faculty of Humanities and Social Sciences, Zagreb");
        ffzg.setCurrency("EUR");
        ffzg.getPolicy().allow(true, true, true, true, true); // status updates and off-line kiosks allowed
        em.persist(cpl);
        em.persist(ffzg);
        // Loan rules: books three weeks, media a week with a rental fee, children's loans shorter and cheaper.
        em.persist(new LoanRule(
                cpl,
                LoanRule.ANY,
                LoanRule.ANY,
                21,
                3,
                10,
                new BigDecimal("0.25"),
                new BigDecimal("5.00"),
                7,
                BigDecimal.ZERO));
        em.persist(new LoanRule(
                cpl,
                LoanRule.ANY,
                "MEDIA",
                7,
                1,
                5,
                new BigDecimal("1.00"),
                new BigDecimal("10.00"),
                3,
                new BigDecimal("1.00")));
        em.persist(new LoanRule(
                cpl,
                "CHILD",
                LoanRule.ANY,
                14,
                2,
                5,
                new BigDecimal("0.10"),
                new BigDecimal("2.00"),
                7,
                BigDecimal.ZERO));
        em.persist(new LoanRule(
                ffzg,
                LoanRule.ANY,
                LoanRule.ANY,
                14,
                2,
                20,
                new BigDecimal("0.20"),
                new BigDecimal("4.00"),
                5,
                BigDecimal.ZERO));

        // The demo passwords are published: the accounts take logins from this machine only.
        TerminalAccount term1 = new TerminalAccount("term1", passwords.hash(DemoAccounts.PASSWORDS.get("term1")), cpl);
        term1.speak('|', TerminalAccount.Terminator.CR, "ISO-8859-1", ErrorDetectionMode.AUTO);
        term1.setAllowedAddresses(DemoAccounts.LOOPBACK);
        em.persist(term1);
        TerminalAccount sc1 = new TerminalAccount("sc1", passwords.hash(DemoAccounts.PASSWORDS.get("sc1")), ffzg);
        sc1.speak('|', TerminalAccount.Terminator.CRLF, "UTF-8", ErrorDetectionMode.AUTO);
        sc1.setAllowedAddresses(DemoAccounts.LOOPBACK);
        em.persist(sc1);

        List<Item> items = items(cpl, "39999000000", CPL_ITEMS, "CPL");
        List<Item> ffzgItems = items(ffzg, "31100000000", 20, "FFZG");

        Patron demo = patron("term1", "Demo Patron", "term1", cpl, 0);
        demo.setContact("demo.patron@example.org", "555-0100", "1 Library Lane, Centerville");
        List<Patron> patrons = new ArrayList<>();
        for (int i = 1; i <= CPL_PATRONS; i++) {
            String barcode = "23529000000" + String.format("%03d", 100 + i);
            patrons.add(
                    patron(barcode, FIRST[i - 1] + " " + LAST[i % LAST.length], "p" + barcode.substring(10), cpl, i));
        }
        for (int i = 1; i <= 5; i++) {
            String barcode = "10000000" + String.format("%02d", i);
            patron(barcode, FIRST[i + 5] + " " + LAST[(i + 3) % LAST.length], "p" + barcode.substring(6), ffzg, i);
        }

        // The demo patron: two current loans, one overdue, a hold on the shelf, a hold in a queue, a fine.
        lend(items.get(0), demo, now.minusDays(3), now.plusDays(18));
        lend(items.get(1), demo, now.minusDays(10), now.plusDays(11));
        lend(items.get(2), demo, now.minusDays(30), now.minusDays(9));
        lend(items.get(3), patrons.get(0), now.minusDays(5), now.plusDays(16));
        hold(demo, items.get(4), now.minusDays(6), true, now.plusDays(5));
        hold(demo, items.get(3), now.minusDays(2), false, null);
        em.persist(new Fee(
                demo,
                items.get(5),
                FeeType.OVERDUE,
                new BigDecimal("2.50"),
                now.minusDays(20),
                "Overdue: " + items.get(5).getTitle()));

        // Other patrons: current and overdue loans spread over the first twelve.
        int next = 10;
        for (int p = 0; p < 12; p++) {
            Patron patron = patrons.get(p);
            for (int k = 0; k < 1 + p % 3; k++) {
                boolean overdue = (p + k) % 4 == 0;
                lend(
                        items.get(next++),
                        patron,
                        now.minusDays(overdue ? 35 : 4 + k),
                        overdue ? now.minusDays(14 - k) : now.plusDays(17 - k));
            }
        }
        // Standing that a terminal must report: blocked, expired, lost card, fines over the limit, too many overdue.
        patrons.get(12).block("Card damaged, please ask for a new one");
        patrons.get(13).setExpiresOn(clock.today().minusDays(30));
        patrons.get(14).reportCardLost();
        em.persist(new Fee(
                patrons.get(15),
                null,
                FeeType.REPLACEMENT,
                new BigDecimal("24.99"),
                now.minusDays(40),
                "Lost item replacement"));
        for (int k = 0; k < 3; k++) {
            lend(items.get(next++), patrons.get(16), now.minusDays(40), now.minusDays(19 + k));
        }
        lend(ffzgItems.get(0), em.find(Patron.class, patronId("1000000001")), now.minusDays(2), now.plusDays(12));
        return true;
    }

    private List<Item> items(Institution institution, String prefix, int count, String location) {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String[] title = TITLES[(i - 1) % TITLES.length];
            Item item = new Item(prefix + String.format("%03d", i), title[0], institution, location);
            item.describe(
                    title[1],
                    title[2],
                    MEDIA[(i - 1) % MEDIA.length],
                    MEDIA[(i - 1) % MEDIA.length] == MediaType.BOOK ? "BOOK" : "MEDIA");
            em.persist(item);
            items.add(item);
        }
        em.flush();
        return items;
    }

    private Patron patron(String barcode, String name, String pin, Institution institution, int n) {
        Patron patron = new Patron(barcode, name, institution);
        patron.setPinHash(passwords.hash(pin));
        patron.setExpiresOn(clock.today().plusYears(2));
        patron.setCategory(n % 5 == 4 ? "CHILD" : "ADULT");
        patron.setContact(
                name.toLowerCase()
                                .replace(' ', '.')
                                .replace("č", "c")
                                .replace("ć", "c")
                                .replace("ž", "z") + "@example.org",
                "555-01" + String.format("%02d", n),
                n + " Main Street, Centerville");
        em.persist(patron);
        return patron;
    }

    private Long patronId(String barcode) {
        return em.createQuery("select p.id from Patron p where p.barcode = :b", Long.class)
                .setParameter("b", barcode)
                .getSingleResult();
    }

    private void lend(Item item, Patron patron, LocalDateTime checkedOut, LocalDateTime due) {
        item.setCirculationStatus(CirculationStatus.CHARGED);
        em.persist(new Loan(item, patron, checkedOut, due));
    }

    private void hold(Patron patron, Item item, LocalDateTime placed, boolean onShelf, LocalDateTime until) {
        Hold hold = Hold.onItem(patron, item, placed, item.getOwningLocation());
        if (onShelf) {
            hold.putOnShelf(until);
            item.setCirculationStatus(CirculationStatus.WAITING_ON_HOLD_SHELF);
        }
        em.persist(hold);
    }
}
