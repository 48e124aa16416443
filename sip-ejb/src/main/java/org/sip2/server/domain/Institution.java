package org.sip2.server.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

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

    protected Institution() {
    }

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
