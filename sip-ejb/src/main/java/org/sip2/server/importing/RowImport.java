package org.sip2.server.importing;

import jakarta.persistence.EntityManager;
import org.sip2.server.domain.Institution;

/**
 * Imports one row of one kind, inside the chunk's transaction; a row it cannot import is
 * {@link RowRejected}. The beans that do ({@code ItemRows}, ...) are EJBs without a business
 * interface, so the chunk picks one by method reference.
 */
@FunctionalInterface
interface RowImport {

    ImportRow apply(CsvRow row);

    static Institution institution(EntityManager em, CsvRow row) {
        String id = row.required("institution");
        Institution institution = em.find(Institution.class, id);
        if (institution == null) {
            throw new RowRejected("unknown institution " + id);
        }
        return institution;
    }
}
