package org.sip2.server.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * How long, how often and at what cost a patron category may borrow an item type at one
 * institution. {@code *} matches any category or type; the most specific rule applies.
 */
@Entity
@Table(name = "loan_rule")
@NamedQuery(name = "LoanRule.ofInstitution", query = "select r from LoanRule r where r.institution.id = :institution")
public class LoanRule {

    public static final String ANY = "*";
    /** Loans end at the end of a day. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "patron_category", nullable = false)
    private String patronCategory = ANY;

    @Column(name = "item_type", nullable = false)
    private String itemType = ANY;

    @Column(name = "loan_days", nullable = false)
    private int loanDays;

    @Column(name = "renewal_limit", nullable = false)
    private int renewalLimit;

    @Column(name = "max_items", nullable = false)
    private int maxItems;

    @Column(name = "fine_per_day", nullable = false)
    private BigDecimal finePerDay;

    @Column(name = "fine_cap", nullable = false)
    private BigDecimal fineCap;

    @Column(name = "hold_shelf_days", nullable = false)
    private int holdShelfDays;

    @Column(name = "rental_fee", nullable = false)
    private BigDecimal rentalFee = BigDecimal.ZERO;

    protected LoanRule() {}

    public LoanRule(
            Institution institution,
            String patronCategory,
            String itemType,
            int loanDays,
            int renewalLimit,
            int maxItems,
            BigDecimal finePerDay,
            BigDecimal fineCap,
            int holdShelfDays,
            BigDecimal rentalFee) {
        this.institution = institution;
        change(
                patronCategory,
                itemType,
                loanDays,
                renewalLimit,
                maxItems,
                finePerDay,
                fineCap,
                holdShelfDays,
                rentalFee);
    }

    public final void change(
            String patronCategory,
            String itemType,
            int loanDays,
            int renewalLimit,
            int maxItems,
            BigDecimal finePerDay,
            BigDecimal fineCap,
            int holdShelfDays,
            BigDecimal rentalFee) {
        this.patronCategory = patronCategory;
        this.itemType = itemType;
        this.loanDays = loanDays;
        this.renewalLimit = renewalLimit;
        this.maxItems = maxItems;
        this.finePerDay = finePerDay;
        this.fineCap = fineCap;
        this.holdShelfDays = holdShelfDays;
        this.rentalFee = rentalFee;
    }

    /** The rule when an institution has none: three weeks, two renewals. */
    public static LoanRule fallback(Institution institution) {
        return new LoanRule(
                institution, ANY, ANY, 21, 2, 50, new BigDecimal("0.25"), new BigDecimal("10.00"), 7, BigDecimal.ZERO);
    }

    /** How well this rule fits: -1 when it does not apply, higher is more specific. */
    public int fit(String category, String type) {
        boolean categoryMatches = ANY.equals(patronCategory) || patronCategory.equalsIgnoreCase(category);
        boolean typeMatches = ANY.equals(itemType) || itemType.equalsIgnoreCase(type);
        if (!categoryMatches || !typeMatches) {
            return -1;
        }
        return (ANY.equals(patronCategory) ? 0 : 2) + (ANY.equals(itemType) ? 0 : 1);
    }

    /** Due at the end of the day, {@code loanDays} after the loan starts. */
    public LocalDateTime dueDate(LocalDateTime from) {
        return from.toLocalDate().plusDays(loanDays).atTime(END_OF_DAY);
    }

    /** Days late (a part day counts) times the daily fine, at most the cap. */
    public BigDecimal fine(LocalDateTime due, LocalDateTime returned) {
        if (!returned.isAfter(due)) {
            return BigDecimal.ZERO;
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(due.toLocalDate(), returned.toLocalDate()));
        return finePerDay.multiply(BigDecimal.valueOf(days)).min(fineCap);
    }

    public boolean allowsRenewalAfter(int renewalsSoFar) {
        return renewalsSoFar < renewalLimit;
    }

    public LocalDateTime shelfUntil(LocalDateTime from) {
        return from.toLocalDate().plusDays(holdShelfDays).atTime(END_OF_DAY);
    }

    public boolean hasRentalFee() {
        return rentalFee.signum() > 0;
    }

    public Long getId() {
        return id;
    }

    public String getPatronCategory() {
        return patronCategory;
    }

    public String getItemType() {
        return itemType;
    }

    public BigDecimal getFinePerDay() {
        return finePerDay;
    }

    public BigDecimal getFineCap() {
        return fineCap;
    }

    public int getHoldShelfDays() {
        return holdShelfDays;
    }

    public int getLoanDays() {
        return loanDays;
    }

    public int getRenewalLimit() {
        return renewalLimit;
    }

    public int getMaxItems() {
        return maxItems;
    }

    public BigDecimal getRentalFee() {
        return rentalFee;
    }
}
