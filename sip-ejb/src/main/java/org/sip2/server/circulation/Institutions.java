package org.sip2.server.circulation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.LoanRule;

/** Institutions, their policies and loan rules, and which institution owns a patron or an item. */
@Stateless
public class Institutions {

    @PersistenceContext
    EntityManager em;

    public Optional<Institution> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Institution.class, id));
    }

    /**
     * The institution as the database has it now, for {@link InstitutionCache}: read in a transaction
     * of its own, so never the copy a request's persistence context already holds, and detached.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Institution> fresh(String id) {
        return find(id);
    }

    /** The institution's loan rules as the database has them now, for {@link InstitutionCache}: as {@link #fresh}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<LoanRule> freshRules(String institutionId) {
        return List.copyOf(em.createNamedQuery("LoanRule.ofInstitution", LoanRule.class)
                .setParameter("institution", institutionId)
                .getResultList());
    }

    /** The institution of the patron with this barcode, when this server's database holds the patron. */
    public Optional<Institution> ownerOfPatron(String barcode) {
        return owner("select p.institution from Patron p where p.barcode = :barcode", barcode);
    }

    /** The institution of the item with this barcode, when this server's database holds the item. */
    public Optional<Institution> ownerOfItem(String barcode) {
        return owner("select i.institution from Item i where i.barcode = :barcode", barcode);
    }

    private Optional<Institution> owner(String query, String barcode) {
        if (barcode == null || barcode.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery(query, Institution.class).setParameter("barcode", barcode.trim()).getResultList().stream()
                .findFirst();
    }
}
