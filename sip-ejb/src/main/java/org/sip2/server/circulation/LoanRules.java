package org.sip2.server.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;
import org.sip2.server.domain.Item;
import org.sip2.server.domain.LoanRule;
import org.sip2.server.domain.Patron;

/**
 * Finds the loan rule for a patron and an item: the most specific rule of the item's institution,
 * from the rules kept in memory ({@link InstitutionCache}).
 */
@ApplicationScoped
public class LoanRules {

    @Inject
    InstitutionCache institutions;

    /** The rental fee of a loan of this item for any patron (an 18 names no patron), or null when none. */
    public BigDecimal rentalFee(Item item) {
        return mostSpecific(LoanRule.ANY, item)
                .filter(LoanRule::hasRentalFee)
                .map(LoanRule::getRentalFee)
                .orElse(null);
    }

    public LoanRule ruleFor(Patron patron, Item item) {
        return mostSpecific(patron.getCategory(), item).orElseGet(() -> LoanRule.fallback(item.getInstitution()));
    }

    private Optional<LoanRule> mostSpecific(String patronCategory, Item item) {
        return institutions.rules(item.getInstitution().getId()).stream()
                .filter(rule -> rule.fit(patronCategory, item.getItemType()) >= 0)
                .max(Comparator.comparingInt(rule -> rule.fit(patronCategory, item.getItemType())));
    }
}
