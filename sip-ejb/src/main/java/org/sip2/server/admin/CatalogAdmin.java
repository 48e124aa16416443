package org.sip2.server.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.sip2.protocol.CirculationStatus;
import org.sip2.server.audit.TransactionLog;
import org.sip2.server.audit.TransactionLogEntry.Outcome;
import org.sip2.server.backend.ItemView;
import org.sip2.server.backend.PatronView;
import org.sip2.server.backend.PinCheck;
import org.sip2.server.circulation.Catalog;
import org.sip2.server.circulation.LibraryClock;
import org.sip2.server.circulation.PatronAccounts;
import org.sip2.server.circulation.PinLocks;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.Patron;
import org.sip2.server.domain.PinLock;
import org.sip2.server.importing.CatalogImport;
import org.sip2.server.importing.ImportKind;
import org.sip2.server.importing.ImportReport;
import org.sip2.server.security.Passwords;

/**
 * Patrons and items for the console: search, view with loans, holds and fees, edit, block, and the
 * CSV import of patrons, items, loans, holds and fees.
 */
@Stateless
public class CatalogAdmin {

    private static final int SEARCH_LIMIT = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    PatronAccounts patrons;

    @Inject
    Catalog catalog;

    @Inject
    Passwords passwords;

    @EJB
    PinLocks pinLocks;

    @Inject
    LibraryClock clock;

    @Inject
    TransactionLog transactions;

    @Resource
    SessionContext context;

    @EJB
    CatalogImport imports;

    @RolesAllowed({"admin", "operator"})
    public List<Patron> searchPatrons(String text) {
        String like = "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
        return em.createQuery(
                        "select p from Patron p join fetch p.institution where lower(p.barcode) like :t or "
                                + "lower(p.name) like :t order by p.name",
                        Patron.class)
                .setParameter("t", like)
                .setMaxResults(SEARCH_LIMIT)
                .getResultList();
    }

    @RolesAllowed({"admin", "operator"})
    public Optional<PatronView> patron(String barcode) {
        return patrons.find(barcode).map(patron -> patrons.view(patron, PinCheck.NOT_ASKED));
    }

    /** Until when the patron's card is locked for SIP after wrong PINs; empty when it is not locked. */
    @RolesAllowed({"admin", "operator"})
    public Optional<LocalDateTime> pinLockedUntil(String barcode) {
        LocalDateTime now = clock.now();
        return patrons.find(barcode)
                .flatMap(patron -> pinLocks.of(patron.getId()))
                .filter(lock -> lock.isLocked(now))
                .map(PinLock::getLockedUntil);
    }

    /** Lifts a PIN lock and forgets the wrong PINs counted so far; logged with the console user. */
    @RolesAllowed("admin")
    public void clearPinLock(String barcode) {
        Patron patron = patrons.find(barcode).orElseThrow(() -> new AdminException("No patron " + barcode));
        pinLocks.clear(patron.getId());
        transactions.recordCardEvent(
                clock.now(),
                context.getCallerPrincipal().getName(),
                patron.getBarcode(),
                Outcome.OK,
                "PIN lock cleared by staff");
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
        return em.createQuery(
                        "select i from Item i join fetch i.institution where lower(i.barcode) like :t or "
                                + "lower(i.title) like :t order by i.barcode",
                        Item.class)
                .setParameter("t", like)
                .setMaxResults(SEARCH_LIMIT)
                .getResultList();
    }

    @RolesAllowed({"admin", "operator"})
    public Optional<ItemView> item(String barcode) {
        return catalog.find(barcode).map(catalog::view);
    }

    @RolesAllowed("admin")
    public void updatePatron(
            String barcode,
            String name,
            String email,
            String phone,
            String address,
            String category,
            LocalDate expiresOn) {
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
    public void updateItem(
            String barcode, String callNumber, String currentLocation, CirculationStatus status, String properties) {
        Item item = catalog.find(barcode).orElseThrow(() -> new AdminException("No item " + barcode));
        if (status == null || currentLocation == null || currentLocation.isBlank()) {
            throw new AdminException("An item needs a status and a current location");
        }
        boolean onLoan = catalog.openLoan(item).isPresent();
        if (onLoan != (status == CirculationStatus.CHARGED)) {
            throw new AdminException(
                    onLoan ? "The item is on loan: check it in first" : "Only a checkout puts an item on loan");
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
        patrons.find(barcode)
                .orElseThrow(() -> new AdminException("No patron " + barcode))
                .unblock();
    }

    /**
     * Imports a CSV file of patrons, items, loans, holds or fees, chunk by chunk; outside a
     * transaction of its own, since each chunk commits by itself.
     */
    @RolesAllowed("admin")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport importCsv(ImportKind kind, Reader csv) {
        return imports.run(kind, csv);
    }
}
