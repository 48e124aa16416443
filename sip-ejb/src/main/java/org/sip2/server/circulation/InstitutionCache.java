package org.sip2.server.circulation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.sip2.server.cluster.ClusterNotice;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.LoanRule;

/**
 * The institutions and their loan rules as every logged-in request reads them (policy, back end,
 * sharing; the rules of each checkout, renewal, checkin and 17), kept in memory so that a request
 * does not read them again. They change only in the console or by a Koha import
 * ({@code InstitutionAdmin}), which evicts them all on every instance once its transaction has
 * committed ({@link ClusterNotice.InstitutionsChanged}); an entry is also read again after a minute,
 * for a change made in the database by hand. The instances handed out are detached: read them,
 * never change them.
 */
@ApplicationScoped
public class InstitutionCache {

    private final ReferenceCache<String, Institution> byId = new ReferenceCache<>();
    private final ReferenceCache<String, List<LoanRule>> rulesByInstitution = new ReferenceCache<>();

    @EJB
    Institutions institutions;

    public Optional<Institution> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byId.get(id, key -> institutions.fresh(key).orElse(null)));
    }

    /** The loan rules of this institution, in no particular order. */
    public List<LoanRule> rules(String institutionId) {
        return rulesByInstitution.get(institutionId, institutions::freshRules);
    }

    void evict(@Observes ClusterNotice.InstitutionsChanged notice) {
        byId.clear();
        rulesByInstitution.clear();
    }
}
