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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.sip2.protocol.FeeType;

/** Money a patron paid at a terminal (37), with the payment device's transaction id for audit. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patron_id")
    private Patron patron;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "payment_type", nullable = false, length = 2)
    private String paymentType;

    @Convert(converter = FeeTypeConverter.class)
    @Column(name = "fee_type")
    private FeeType feeType;

    @Column(name = "sc_transaction_id")
    private String scTransactionId;

    @Column(nullable = false)
    private String terminal;

    @Column(name = "paid_at", nullable = false)
    private LocalDateTime paidAt;

    /** The cash register it is booked to (Koha's register_id), or null. */
    @Column(name = "register_id", length = 64)
    private String registerId;

    protected Payment() {}

    public Payment(
            Patron patron,
            BigDecimal amount,
            String currency,
            String paymentType,
            FeeType feeType,
            String scTransactionId,
            String terminal,
            LocalDateTime paidAt,
            String registerId) {
        this.patron = patron;
        this.amount = amount;
        this.currency = currency;
        this.paymentType = paymentType;
        this.feeType = feeType;
        this.scTransactionId = scTransactionId;
        this.terminal = terminal;
        this.paidAt = paidAt;
        this.registerId = registerId;
    }

    public Long getId() {
        return id;
    }
}
