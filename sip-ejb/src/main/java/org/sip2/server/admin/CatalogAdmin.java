package org.sip2.server.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sip2.protocol.CirculationStatus;
import org.sip2.server.audit.SipTransaction.Outcome;
import org.sip2.server.audit.TransactionLog;
import org.sip2.server.backend.ItemView;
import org.sip2.server.backend.PatronView;
import org.sip2.server.backend.PinCheck;
import org.sip2.server.circulation.Catalog;
import org.sip2.server.circulation.LibraryClock;
import org.sip2.server.circulation.PatronAccounts;
import org.sip2.server.circulation.PinLocks;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Patron;
import org.sip2.server.domain.PinLock;
import org.sip2.server.security.Passwords;

/** Patrons and items for the console: search, view with loans, holds and fees, edit, block, and CSV import of patrons. */
@Stateless
public class CatalogAdmin {

    /** The columns of a patron CSV file (header row required; pin, email, phone, address, category, expires_on optional). */
    public static final String[] PATRON_COLUMNS = {"barcode", "name", "institution", "pin", "email", "phone", "address", "category", "expires_on"};
    private static final int SEARCH_LIMIT = 50;

    /** One row of an import and what became of it. */
    public record ImportRow(long line, String barcode, String outcome, String message) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    PatronAccounts patrons;

    @EJB
    Catalog catalog;

    @Inject
    Passwords passwords;

    @EJB
    PinLocks pinLocks;

    @Inject
    LibraryClock clock;

    @EJB
    TransactionLog transactions;

    @Resource
    SessionContext context;

    @RolesAllowed({"admin", "operator"})
    public List<Patron> searchPatrons(String text) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        return em.createQuery("select p from Patron p join fetch p.institution where lower(p.barcode) like :t or lower(p.name) like :t order by p.name",
                Patron.class).setParameter("t", like).setMaxResults(SEARCH_LIMIT).getResultList();
    }

    @RolesAllowed({"admin", "operator"})
    public Optional<PatronView> patron(String barcode) {
        return patrons.find(barcode).map(patron -> patrons.view(patron, PinCheck.NOT_ASKED));
    }

    /** Until when the patron's card is locked for SIP after wrong PINs; empty when it is not locked. */
    @RolesAllowed({"admin", "operator"})
    public Optional<LocalDateTime> pinLockedUntil(String barcode) {
        LocalDateTime now = clock.now();
        return patrons.find(barcode).flatMap(patron -> pinLocks.of(patron.getId()))
                .filter(lock -> lock.isLocked(now)).map(PinLock::getLockedUntil);
    }

    /** Lifts a PIN lock and forgets the wrong PINs counted so far; logged with the console user. */
    @RolesAllowed("admin")
    public void clearPinLock(String barcode) {
        Patron patron = patrons.find(barcode).orElseThrow(() -> new AdminException("No patron " + barcode));
        pinLocks.clear(patron.getId());
        transactions.recordCardEvent(clock.now(), context.getCallerPrincipal().getName(), patron.getBarcode(),
                Outcome.OK, "PIN lock cleared by staff");
    }

    /** Sets a new PIN; the old one is refused from the next request on. */
    @RolesAllowed("admin")
    public void setPin(String barcode, String pin) {
        if (pin == null || pin.isBlank() || pin.contains("|")) {
            throw new AdminException("The PIN must not be empty or contain |");
        }
        Patron patron = patrons.find(barcode).orElseThrow(() -> new AdminException("No patron " + barcode));
        patron.setPinHash(passwords.hash(pin));
        patrons.forgetVerifiedPin(patron);
    }

    @RolesAllowed({"admin", "operator"})
    public List<Item> searchItems(String text) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        return em.createQuery("select i from Item i join fetch i.institution where lower(i.barcode) like :t or lower(i.title) like :t order by i.barcode",
                Item.class).setParameter("t", like).setMaxResults(SEARCH_LIMIT).getResultList();
    }

    @RolesAllowed({"admin", "operator"})
    public Optional<ItemView> item(String barcode) {
        return catalog.find(barcode).map(catalog::view);
    }

    @RolesAllowed("admin")
    public void updatePatron(String barcode, String name, String email, String phone, String address, String category, LocalDate expiresOn) {
        Patron patron = patrons.find(barcode).orElseThrow(() -> new AdminException("No patron " + barcode));
        if (name == null || name.isBlank()) {
            throw new AdminException("The name must not be empty");
        }
        patron.setName(name.trim());
        patron.setContact(email, phone, address);
        patron.setCategory(category == null || category.isBlank() ? "ADULT" : category.trim());
        patron.setExpiresOn(expiresOn);
    }

    @RolesAllowed("admin")
    public void updateItem(String barcode, String callNumber, String currentLocation, CirculationStatus status, String properties) {
        Item item = catalog.find(barcode).orElseThrow(() -> new AdminException("No item " + barcode));
        if (status == null || currentLocation == null || currentLocation.isBlank()) {
            throw new AdminException("An item needs a status and a current location");
        }
        boolean onLoan = catalog.openLoan(item).isPresent();
        if (onLoan != (status == CirculationStatus.CHARGED)) {
            throw new AdminException(onLoan ? "The item is on loan: check it in first" : "Only a checkout puts an item on loan");
        }
        item.catalogue(callNumber, currentLocation.trim(), properties);
        item.setCirculationStatus(status);
    }

    @RolesAllowed("admin")
    public void block(String barcode, String message) {
        Patron patron = patrons.find(barcode).orElseThrow(() -> new AdminException("No patron " + barcode));
        patron.block(message == null || message.isBlank() ? "Blocked by staff" : message);
        patrons.forgetVerifiedPin(patron);
    }

    @RolesAllowed("admin")
    public void unblock(String barcode) {
        patrons.find(barcode).orElseThrow(() -> new AdminException("No patron " + barcode)).unblock();
    }

    /** Creates or updates patrons from CSV; a row with an error is reported and skipped, the others are kept. */
    @RolesAllowed("admin")
    public List<ImportRow> importPatrons(Reader csv) {
        List<ImportRow> report = new ArrayList<>();
        try {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).get().parse(csv)) {
                report.add(importPatron(row));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            report.add(new ImportRow(0, null, "error", "The file is not CSV with the columns " + String.join(",", PATRON_COLUMNS) + ": " + e.getMessage()));
        }
        return report;
    }

    private ImportRow importPatron(CSVRecord row) {
        long line = row.getRecordNumber() + 1;
        String barcode = value(row, "barcode");
        String name = value(row, "name");
        if (barcode == null || name == null) {
            return new ImportRow(line, barcode, "error", "barcode and name are required");
        }
        Institution institution = em.find(Institution.class, value(row, "institution") == null ? "" : value(row, "institution"));
        if (institution == null) {
            return new ImportRow(line, barcode, "error", "unknown institution " + value(row, "institution"));
        }
        LocalDate expires;
        try {
            expires = value(row, "expires_on") == null ? null : LocalDate.parse(value(row, "expires_on"));
        } catch (DateTimeParseException e) {
            return new ImportRow(line, barcode, "error", "expires_on must be a date like 2027-12-31");
        }
        Optional<Patron> existing = patrons.find(barcode);
        Patron patron = existing.orElseGet(() -> new Patron(barcode, name, institution));
        patron.setName(name);
        patron.setContact(value(row, "email"), value(row, "phone"), value(row, "address"));
        if (value(row, "category") != null) {
            patron.setCategory(value(row, "category"));
        }
        patron.setExpiresOn(expires);
        if (value(row, "pin") != null) {
            patron.setPinHash(passwords.hash(value(row, "pin")));
            patrons.forgetVerifiedPin(patron);
        }
        if (existing.isEmpty()) {
            em.persist(patron);
        }
        return new ImportRow(line, barcode, existing.isPresent() ? "updated" : "created", "");
    }

    private static String value(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String text = row.get(column);
        return text == null || text.isBlank() ? null : text.trim();
    }
}
