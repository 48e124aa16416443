package org.sip2.server.importing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import org.sip2.server.circulation.PatronAccounts;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Patron;
import org.sip2.server.importing.ImportRow.Outcome;
import org.sip2.server.security.Passwords;

/**
 * A patron row: creates the patron or updates the one with that barcode; a PIN given is hashed and replaces the old
 * one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PatronRows {

    @PersistenceContext
    EntityManager em;

    @Inject
    PatronAccounts patrons;

    @Inject
    Passwords passwords;

    public ImportRow apply(CsvRow row) {
        String barcode = row.required("barcode");
        String name = row.required("name");
        Institution institution = RowImport.institution(em, row);
        LocalDate expires = Cells.date(row, "expires_on");
        Optional<Patron> existing = patrons.find(barcode);
        Patron patron = existing.orElseGet(() -> new Patron(barcode, name, institution));
        patron.setName(name);
        patron.setContact(row.value("email"), row.value("phone"), row.value("address"));
        if (row.value("category") != null) {
            patron.setCategory(row.value("category"));
        }
        patron.setExpiresOn(expires);
        if (row.value("pin") != null) {
            patron.setPinHash(passwords.hash(row.value("pin")));
            patrons.forgetVerifiedPin(patron);
        }
        if (existing.isEmpty()) {
            em.persist(patron);
        }
        return new ImportRow(row.line(), barcode, existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED, "");
    }
}
