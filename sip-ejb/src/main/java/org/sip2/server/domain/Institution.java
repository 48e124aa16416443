package org.sip2.server.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Formula;

/** A library (the SIP2 institution id, AO) with its circulation policy and patron limits. */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Embedded
    private CirculationPolicy policy = new CirculationPolicy();

    @Column(nullable = false, length = 3)
    private String currency = "USD";

    @Column(name = "fee_limit", nullable = false)
    private BigDecimal feeLimit = new BigDecimal("10.00");

    @Column(name = "max_items_charged", nullable = false)
    private int maxItemsCharged = 50;

    @Column(name = "max_items_overdue", nullable = false)
    private int maxItemsOverdue = 10;

    @Column(name = "max_holds", nullable = false)
    private int maxHolds = 20;

    @Column(nullable = false)
    private String backend = "jpa";

    /** Institutions whose terminals may serve this institution's patrons and items (a consortium). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "institution_share", joinColumns = @JoinColumn(name = "institution_id"))
    @Column(name = "partner_id")
    private Set<String> sharesWith = new TreeSet<>();

    /**
     * How many other institutions share with this one, read with the row: a terminal of an
     * institution that nobody shares with needs no look-up of its records' owners.
     */
    @Formula("(select count(*) from institution_share s where s.partner_id = id)")
    private int sharedByCount;

    protected Institution() {}

    public Institution(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CirculationPolicy getPolicy() {
        return policy;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getFeeLimit() {
        return feeLimit;
    }

    public int getMaxItemsCharged() {
        return maxItemsCharged;
    }

    public int getMaxItemsOverdue() {
        return maxItemsOverdue;
    }

    public int getMaxHolds() {
        return maxHolds;
    }

    public String getBackend() {
        return backend;
    }

    public Set<String> getSharesWith() {
        return Set.copyOf(sharesWith);
    }

    /**
     * Whether a terminal of that institution may act on this institution's patrons and items: its
     * own, or a partner this institution shares circulation with.
     */
    public boolean servesTerminalsOf(String institutionId) {
        return id.equals(institutionId) || sharesWith.contains(institutionId);
    }

    /** Whether another institution shares its patrons and items with this one's terminals. */
    public boolean isSharedWithByOthers() {
        return sharedByCount > 0;
    }

    public void shareWith(Set<String> partners) {
        sharesWith.clear();
        sharesWith.addAll(partners);
        sharesWith.remove(id);
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setBackend(String backend) {
        this.backend = backend;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public void setFeeLimit(BigDecimal feeLimit) {
        this.feeLimit = feeLimit;
    }

    public void setLimits(int maxItemsCharged, int maxItemsOverdue, int maxHolds) {
        this.maxItemsCharged = maxItemsCharged;
        this.maxItemsOverdue = maxItemsOverdue;
        this.maxHolds = maxHolds;
    }
}
