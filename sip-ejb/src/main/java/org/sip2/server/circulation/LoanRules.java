package org.sip2.server.circulation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Comparator;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.LoanRule;
import org.sip2.server.domain.Patron;

/** Finds the loan rule for a patron and an item: the most specific rule of the item's institution. */
@Stateless
public class LoanRules {

    @PersistenceContext
    EntityManager em;

    /** The rental fee of a loan of this item for any patron (an 18 names no patron), or null when none. */
    public BigDecimal rentalFee(Item item) {
        return em
                .createNamedQuery("LoanRule.ofInstitution", LoanRule.class)
                .setParameter("institution", item.getInstitution().getId())
                .getResultList()
                .stream()
                .filter(rule -> rule.fit(LoanRule.ANY, item.getItemType()) >= 0)
                .max(Comparator.comparingInt(rule -> rule.fit(LoanRule.ANY, item.getItemType())))
                .filter(LoanRule::hasRentalFee)
                .map(LoanRule::getRentalFee)
                .orElse(null);
    }

    public LoanRule ruleFor(Patron patron, Item item) {
        Institution institution = item.getInstitution();
        return em
                .createNamedQuery("LoanRule.ofInstitution", LoanRule.class)
                .setParameter("institution", institution.getId())
                .getResultList()
                .stream()
                .filter(rule -> rule.fit(patron.getCategory(), item.getItemType()) >= 0)
                .max(Comparator.comparingInt(rule -> rule.fit(patron.getCategory(), item.getItemType())))
                .orElseGet(() -> LoanRule.fallback(institution));
    }
}
