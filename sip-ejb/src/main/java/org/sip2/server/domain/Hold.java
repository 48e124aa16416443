package org.sip2.server.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A patron's place in an item's hold queue, or the item waiting for the patron on the hold shelf. */
@Entity
@Table(name = "hold")
@NamedQuery(name = "Hold.byPatron", query = "select h from Hold h join fetch h.item where h.patron = :patron order by h.placedAt, h.id")
@NamedQuery(name = "Hold.countWaitingForItem", query = "select count(h) from Hold h where h.item = :item and h.status = org.sip2.server.domain.Hold.Status.WAITING")
@NamedQuery(name = "Hold.onShelfForItem", query = "select h from Hold h where h.item = :item and h.status = org.sip2.server.domain.Hold.Status.ON_SHELF")
public class Hold {

    /** Where the hold stands. */
    public enum Status {
        /** In the queue: the item is not yet set aside for this patron. */
        WAITING,
        /** On the hold shelf, ready to be picked up. */
        ON_SHELF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patron_id")
    private Patron patron;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private Item item;

    @Column(name = "placed_at", nullable = false)
    private LocalDateTime placedAt;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "pickup_location")
    private String pickupLocation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.WAITING;

    @Column(name = "on_shelf_until")
    private LocalDateTime onShelfUntil;

    protected Hold() {
    }

    public Hold(Patron patron, Item item, LocalDateTime placedAt, String pickupLocation) {
        this.patron = patron;
        this.item = item;
        this.placedAt = placedAt;
        this.pickupLocation = pickupLocation;
    }

    public void putOnShelf(LocalDateTime until) {
        this.status = Status.ON_SHELF;
        this.onShelfUntil = until;
    }

    public boolean isOnShelf() {
        return status == Status.ON_SHELF;
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

    public LocalDateTime getPlacedAt() {
        return placedAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getPickupLocation() {
        return pickupLocation;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getOnShelfUntil() {
        return onShelfUntil;
    }
}
