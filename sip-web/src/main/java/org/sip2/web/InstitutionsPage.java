package org.sip2.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sip2.server.admin.InstitutionAdmin;
import org.sip2.server.admin.InstitutionForm;
import org.sip2.server.admin.LoanRuleForm;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.LoanRule;

/** Institutions with their policy (what the 98 reports and the server enforces), limits, back end and loan rules. */
@Named
@ViewScoped
public class InstitutionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    InstitutionAdmin admin;

    private List<Institution> list;
    private List<LoanRule> rules = List.of();
    private Form form = new Form();
    private RuleForm rule = new RuleForm();

    /** The policy form; mutable for Faces. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        public boolean create = true;
        public String id;
        public String name;
        public boolean checkin = true;
        public boolean checkout = true;
        public boolean renewal = true;
        public boolean statusUpdate;
        public boolean offline;
        public String policyMode = "ENFORCE";
        public int timeoutTenths = 100;
        public int retries = 3;
        public String currency = "USD";
        public BigDecimal feeLimit = new BigDecimal("10.00");
        public int maxItemsCharged = 50;
        public int maxItemsOverdue = 10;
        public int maxHolds = 20;
        public String backend = "jpa";
        public List<String> sharesWith = new ArrayList<>();

        public boolean isCreate() {
            return create;
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isCheckin() {
            return checkin;
        }

        public void setCheckin(boolean checkin) {
            this.checkin = checkin;
        }

        public boolean isCheckout() {
            return checkout;
        }

        public void setCheckout(boolean checkout) {
            this.checkout = checkout;
        }

        public boolean isRenewal() {
            return renewal;
        }

        public void setRenewal(boolean renewal) {
            this.renewal = renewal;
        }

        public boolean isStatusUpdate() {
            return statusUpdate;
        }

        public void setStatusUpdate(boolean statusUpdate) {
            this.statusUpdate = statusUpdate;
        }

        public boolean isOffline() {
            return offline;
        }

        public String getPolicyMode() {
            return policyMode;
        }

        public void setPolicyMode(String policyMode) {
            this.policyMode = policyMode;
        }

        public void setOffline(boolean offline) {
            this.offline = offline;
        }

        public int getTimeoutTenths() {
            return timeoutTenths;
        }

        public void setTimeoutTenths(int timeoutTenths) {
            this.timeoutTenths = timeoutTenths;
        }

        public int getRetries() {
            return retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }

        public String getCurrency() {
            return currency;
        }

        public void setCurrency(String currency) {
            this.currency = currency;
        }

        public BigDecimal getFeeLimit() {
            return feeLimit;
        }

        public void setFeeLimit(BigDecimal feeLimit) {
            this.feeLimit = feeLimit;
        }

        public int getMaxItemsCharged() {
            return maxItemsCharged;
        }

        public void setMaxItemsCharged(int maxItemsCharged) {
            this.maxItemsCharged = maxItemsCharged;
        }

        public int getMaxItemsOverdue() {
            return maxItemsOverdue;
        }

        public void setMaxItemsOverdue(int maxItemsOverdue) {
            this.maxItemsOverdue = maxItemsOverdue;
        }

        public int getMaxHolds() {
            return maxHolds;
        }

        public void setMaxHolds(int maxHolds) {
            this.maxHolds = maxHolds;
        }

        public String getBackend() {
            return backend;
        }

        public void setBackend(String backend) {
            this.backend = backend;
        }

        public List<String> getSharesWith() {
            return sharesWith;
        }

        public void setSharesWith(List<String> sharesWith) {
            this.sharesWith = sharesWith;
        }
    }

    /** The loan rule form; mutable for Faces. */
    public static class RuleForm implements Serializable {
        private static final long serialVersionUID = 1L;
        public Long id;
        public String patronCategory = LoanRule.ANY;
        public String itemType = LoanRule.ANY;
        public int loanDays = 21;
        public int renewalLimit = 2;
        public int maxItems = 10;
        public BigDecimal finePerDay = new BigDecimal("0.25");
        public BigDecimal fineCap = new BigDecimal("5.00");
        public int holdShelfDays = 7;
        public BigDecimal rentalFee = BigDecimal.ZERO;

        public String getPatronCategory() {
            return patronCategory;
        }

        public void setPatronCategory(String patronCategory) {
            this.patronCategory = patronCategory;
        }

        public String getItemType() {
            return itemType;
        }

        public void setItemType(String itemType) {
            this.itemType = itemType;
        }

        public int getLoanDays() {
            return loanDays;
        }

        public void setLoanDays(int loanDays) {
            this.loanDays = loanDays;
        }

        public int getRenewalLimit() {
            return renewalLimit;
        }

        public void setRenewalLimit(int renewalLimit) {
            this.renewalLimit = renewalLimit;
        }

        public int getMaxItems() {
            return maxItems;
        }

        public void setMaxItems(int maxItems) {
            this.maxItems = maxItems;
        }

        public BigDecimal getFinePerDay() {
            return finePerDay;
        }

        public void setFinePerDay(BigDecimal finePerDay) {
            this.finePerDay = finePerDay;
        }

        public BigDecimal getFineCap() {
            return fineCap;
        }

        public void setFineCap(BigDecimal fineCap) {
            this.fineCap = fineCap;
        }

        public int getHoldShelfDays() {
            return holdShelfDays;
        }

        public void setHoldShelfDays(int holdShelfDays) {
            this.holdShelfDays = holdShelfDays;
        }

        public BigDecimal getRentalFee() {
            return rentalFee;
        }

        public void setRentalFee(BigDecimal rentalFee) {
            this.rentalFee = rentalFee;
        }
    }

    @PostConstruct
    void load() {
        list = admin.list();
    }

    public void startNew() {
        form = new Form();
        rules = List.of();
    }

    public void edit(Institution institution) {
        Form f = new Form();
        f.create = false;
        f.id = institution.getId();
        f.name = institution.getName();
        f.checkin = institution.getPolicy().isCheckinAllowed();
        f.checkout = institution.getPolicy().isCheckoutAllowed();
        f.renewal = institution.getPolicy().isRenewalAllowed();
        f.statusUpdate = institution.getPolicy().isStatusUpdateAllowed();
        f.offline = institution.getPolicy().isOfflineAllowed();
        f.policyMode = institution.getPolicy().getMode().name();
        f.timeoutTenths = institution.getPolicy().getTimeoutTenths();
        f.retries = institution.getPolicy().getRetries();
        f.currency = institution.getCurrency();
        f.feeLimit = institution.getFeeLimit();
        f.maxItemsCharged = institution.getMaxItemsCharged();
        f.maxItemsOverdue = institution.getMaxItemsOverdue();
        f.maxHolds = institution.getMaxHolds();
        f.backend = institution.getBackend();
        f.sharesWith = new ArrayList<>(institution.getSharesWith());
        form = f;
        rules = admin.rules(institution.getId());
        rule = new RuleForm();
    }

    public void save() {
        Form f = form;
        InstitutionForm saved = new InstitutionForm(
                f.create,
                f.id,
                f.name,
                f.checkin,
                f.checkout,
                f.renewal,
                f.statusUpdate,
                f.offline,
                f.timeoutTenths,
                f.retries,
                f.currency,
                f.feeLimit,
                f.maxItemsCharged,
                f.maxItemsOverdue,
                f.maxHolds,
                f.backend,
                Set.copyOf(f.sharesWith),
                f.policyMode);
        if (Feedback.attempt(
                () -> admin.save(saved), "Institution " + f.id + " saved: the next 98 of every terminal reports it")) {
            f.create = false;
            load();
            rules = admin.rules(f.id);
        }
    }

    public void editRule(LoanRule existing) {
        RuleForm r = new RuleForm();
        r.id = existing.getId();
        r.patronCategory = existing.getPatronCategory();
        r.itemType = existing.getItemType();
        r.loanDays = existing.getLoanDays();
        r.renewalLimit = existing.getRenewalLimit();
        r.maxItems = existing.getMaxItems();
        r.finePerDay = existing.getFinePerDay();
        r.fineCap = existing.getFineCap();
        r.holdShelfDays = existing.getHoldShelfDays();
        r.rentalFee = existing.getRentalFee();
        rule = r;
    }

    public void newRule() {
        rule = new RuleForm();
    }

    public void saveRule() {
        RuleForm r = rule;
        LoanRuleForm saved = new LoanRuleForm(
                r.id,
                form.id,
                r.patronCategory,
                r.itemType,
                r.loanDays,
                r.renewalLimit,
                r.maxItems,
                r.finePerDay,
                r.fineCap,
                r.holdShelfDays,
                r.rentalFee);
        if (Feedback.attempt(() -> admin.saveRule(saved), "Loan rule saved")) {
            rules = admin.rules(form.id);
            rule = new RuleForm();
        }
    }

    public void deleteRule(LoanRule existing) {
        if (Feedback.attempt(() -> admin.deleteRule(existing.getId()), "Loan rule deleted")) {
            rules = admin.rules(form.id);
        }
    }

    public List<Institution> getList() {
        return list;
    }

    public String sharing(Institution institution) {
        return String.join(", ", institution.getSharesWith());
    }

    /** The institutions this one could share circulation with: every other. */
    public List<String> getPartners() {
        return list.stream()
                .map(Institution::getId)
                .filter(id -> !id.equals(form.id))
                .toList();
    }

    public List<LoanRule> getRules() {
        return rules;
    }

    public Form getForm() {
        return form;
    }

    public RuleForm getRule() {
        return rule;
    }
}
