package org.sip2.server.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.sip2.protocol.FeeType;
import org.sip2.server.screen.ScreenMessage;

/** A fine or fee charged to a patron; {@code balance} is what is still owed. */
@Entity
@Table(name = "fee")
@NamedQuery(name = "Fee.ofLoan", query = "select f from Fee f where f.loan = :loan")
@NamedQuery(
        name = "Fee.outstandingByPatron",
        query = "select f from Fee f left join fetch f.item where f.patron = :patron and f.balance > 0 order "
                + "by f.createdAt, f.id")
public class Fee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patron_id")
    private Patron patron;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private Item item;

    @Convert(converter = FeeTypeConverter.class)
    @Column(name = "fee_type", nullable = false)
    private FeeType feeType;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private BigDecimal balance;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "loan_id")
    private Loan loan;

    protected Fee() {}

    public Fee(
            Patron patron, Item item, FeeType feeType, BigDecimal amount, LocalDateTime createdAt, String description) {
        this.patron = patron;
        this.item = item;
        this.feeType = feeType;
        this.amount = amount;
        this.balance = amount;
        this.createdAt = createdAt;
        this.description = description;
    }

    /** A fine charged for a late loan. */
    public static Fee overdue(Loan loan, BigDecimal amount, LocalDateTime at) {
        Fee fee = new Fee(
                loan.getPatron(),
                loan.getItem(),
                FeeType.OVERDUE,
                amount,
                at,
                ScreenMessage.FEE_OVERDUE.text(loan.getItem().getTitle()));
        fee.loan = loan;
        return fee;
    }

    /** Takes up to {@code amount} off the balance and returns what was taken. */
    public BigDecimal pay(BigDecimal amount) {
        BigDecimal taken = amount.min(balance);
        balance = balance.subtract(taken);
        return taken;
    }

    public boolean isUnpaid() {
        return balance.compareTo(amount) == 0;
    }

    public Long getId() {
        return id;
    }

    public Patron getPatron() {
        return patron;
    }

    public Item getItem() {
        return item;
    }

    public FeeType getFeeType() {
        return feeType;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getDescription() {
        return description;
    }
}
