package org.sip2.server.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.sip2.server.cluster.Cluster;
import org.sip2.server.cluster.ClusterNotice;
import org.sip2.server.domain.CirculationPolicy;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.LoanRule;

/**
 * Institutions, their policy and their loan rules. A policy change shows in the next 98 of every
 * connection, and a rule change in the next checkout, renewal or checkin, on every instance (the
 * institutions and rules kept in memory are read again).
 */
@Stateless
public class InstitutionAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    Cluster cluster;

    @RolesAllowed({"admin", "operator"})
    public List<Institution> list() {
        return em.createQuery("select i from Institution i order by i.id", Institution.class)
                .getResultList();
    }

    @RolesAllowed({"admin", "operator"})
    public List<LoanRule> rules(String institutionId) {
        return em.createNamedQuery("LoanRule.ofInstitution", LoanRule.class)
                .setParameter("institution", institutionId)
                .getResultList();
    }

    @RolesAllowed("admin")
    public Institution save(InstitutionForm form) {
        if (form.id() == null || !form.id().matches("[A-Za-z0-9_.-]{1,32}")) {
            throw new AdminException("The institution id must be 1 to 32 letters, digits, '.', '_' or '-'");
        }
        if (form.currency() == null || !form.currency().matches("[A-Z]{3}")) {
            throw new AdminException("The currency must be a three-letter ISO 4217 code such as USD");
        }
        if (form.timeoutTenths() < 0 || form.timeoutTenths() > 999 || form.retries() < 0 || form.retries() > 999) {
            throw new AdminException("Timeout and retries must be between 0 and 999");
        }
        Institution institution = em.find(Institution.class, form.id());
        if (form.create()) {
            if (institution != null) {
                throw new AdminException("The institution " + form.id() + " exists already");
            }
            institution = new Institution(form.id(), form.name());
            em.persist(institution);
        }
        institution.setName(form.name());
        institution
                .getPolicy()
                .allow(form.checkin(), form.checkout(), form.renewal(), form.statusUpdate(), form.offline());
        institution.getPolicy().setTiming(form.timeoutTenths(), form.retries());
        institution
                .getPolicy()
                .setMode(
                        form.policyMode() == null
                                ? CirculationPolicy.Mode.ENFORCE
                                : CirculationPolicy.Mode.valueOf(form.policyMode()));
        institution.setCurrency(form.currency());
        institution.setFeeLimit(nonNegative(form.feeLimit(), "fee limit"));
        institution.setLimits(form.maxItemsCharged(), form.maxItemsOverdue(), form.maxHolds());
        institution.setBackend(
                form.backend() == null || form.backend().isBlank()
                        ? "jpa"
                        : form.backend().trim());
        institution.shareWith(partners(form));
        cluster.publish(new ClusterNotice.InstitutionsChanged()); // once committed, every instance reads them again
        return institution;
    }

    @RolesAllowed("admin")
    public void saveRule(LoanRuleForm form) {
        String category = blankToAny(form.patronCategory());
        String type = blankToAny(form.itemType());
        if (form.loanDays() < 0 || form.renewalLimit() < 0 || form.maxItems() < 0 || form.holdShelfDays() < 0) {
            throw new AdminException("Days, renewals and items must not be negative");
        }
        boolean duplicate = rules(form.institutionId()).stream()
                .anyMatch(rule -> !rule.getId().equals(form.id())
                        && rule.getPatronCategory().equalsIgnoreCase(category)
                        && rule.getItemType().equalsIgnoreCase(type));
        if (duplicate) {
            throw new AdminException("There is already a rule for " + category + " / " + type);
        }
        if (form.id() == null) {
            em.persist(new LoanRule(
                    em.find(Institution.class, form.institutionId()),
                    category,
                    type,
                    form.loanDays(),
                    form.renewalLimit(),
                    form.maxItems(),
                    nonNegative(form.finePerDay(), "fine per day"),
                    nonNegative(form.fineCap(), "fine cap"),
                    form.holdShelfDays(),
                    nonNegative(form.rentalFee(), "rental fee")));
        } else {
            em.find(LoanRule.class, form.id())
                    .change(
                            category,
                            type,
                            form.loanDays(),
                            form.renewalLimit(),
                            form.maxItems(),
                            nonNegative(form.finePerDay(), "fine per day"),
                            nonNegative(form.fineCap(), "fine cap"),
                            form.holdShelfDays(),
                            nonNegative(form.rentalFee(), "rental fee"));
        }
        cluster.publish(new ClusterNotice.InstitutionsChanged()); // the rules are kept with the institutions
    }

    @RolesAllowed("admin")
    public void deleteRule(long id) {
        em.remove(em.find(LoanRule.class, id));
        cluster.publish(new ClusterNotice.InstitutionsChanged());
    }

    /** The institutions this one shares circulation with; each must exist. */
    private Set<String> partners(InstitutionForm form) {
        Set<String> partners = form.sharesWith() == null ? Set.of() : form.sharesWith();
        for (String partner : partners) {
            if (em.find(Institution.class, partner) == null) {
                throw new AdminException("Unknown institution " + partner + " to share circulation with");
            }
        }
        return partners;
    }

    private static String blankToAny(String text) {
        return text == null || text.isBlank() ? LoanRule.ANY : text.trim();
    }

    private static BigDecimal nonNegative(BigDecimal amount, String what) {
        if (amount == null || amount.signum() < 0) {
            throw new AdminException("The " + what + " must be an amount of 0 or more");
        }
        return amount;
    }
}
