package org.sip2.server.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.sip2.protocol.HoldType;

/**
 * A patron's place in a hold queue. A hold names a copy (item-level) or only a title (any copy);
 * once a returned copy is set aside for it, it has that item and is in transit or on the shelf.
 * The queue of an item is its item-level holds and the waiting holds on its title, oldest first.
 */
@Entity
@Table(name = "hold")
@NamedQuery(
        name = "Hold.byPatron",
        query = "select h from Hold h left join fetch h.item where h.patron = :patron order by h.placedAt, h.id")
@NamedQuery(
        name = "Hold.onItem",
        query = "select h from Hold h join fetch h.patron where h.item = :item order by h.placedAt, h.id")
@NamedQuery(
        name = "Hold.waitingOnTitle",
        query = "select h from Hold h join fetch h.patron where h.title = :title"
                + " and h.item is null and h.status = org.sip2.server.domain.Hold.Status.WAITING order "
                + "by h.placedAt, h.id")
@NamedQuery(
        name = "Hold.waitingForTitle",
        query = "select h from Hold h where h.status = org.sip2.server.domain.Hold.Status.WAITING"
                + " and h.title = :title order by h.placedAt, h.id")
public class Hold {

    /** Where the hold stands. */
    public enum Status {
        /** In the queue: no copy set aside yet. */
        WAITING,
        /** A copy is on its way to the pickup location. */
        IN_TRANSIT,
        /** On the hold shelf, ready to be picked up. */
        ON_SHELF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patron_id")
    private Patron patron;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private Item item;

    private String title;

    @Convert(converter = HoldTypeConverter.class)
    @Column(name = "hold_type", nullable = false)
    private HoldType holdType = HoldType.SPECIFIC_COPY;

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

    protected Hold() {}

    /** A hold on one copy. */
    public static Hold onItem(Patron patron, Item item, LocalDateTime placedAt, String pickupLocation) {
        Hold hold = new Hold();
        hold.patron = patron;
        hold.item = item;
        hold.title = item.getTitle();
        hold.placedAt = placedAt;
        hold.pickupLocation = pickupLocation;
        return hold;
    }

    /** A hold on any copy of a title. */
    public static Hold onTitle(
            Patron patron, String title, HoldType type, LocalDateTime placedAt, String pickupLocation) {
        Hold hold = new Hold();
        hold.patron = patron;
        hold.title = title;
        hold.holdType = type;
        hold.placedAt = placedAt;
        hold.pickupLocation = pickupLocation;
        return hold;
    }

    /** Sets a returned copy aside: on the shelf here, or in transit when it is to be picked up elsewhere. */
    public void trap(Item copy, String here, LocalDateTime shelfUntil) {
        this.item = copy;
        if (pickupLocation == null || pickupLocation.equalsIgnoreCase(here)) {
            putOnShelf(shelfUntil);
        } else {
            this.status = Status.IN_TRANSIT;
        }
    }

    /** Undoes {@link #trap}: the checkin that set a copy aside did not complete (BI). */
    public void untrap() {
        this.status = Status.WAITING;
        this.onShelfUntil = null;
        if (holdType != HoldType.SPECIFIC_COPY) {
            this.item = null;
        }
    }

    /** A hold taken over from another system, with the copy already set aside when it is not waiting. */
    public void takeOver(Status status, LocalDateTime expiresAt, LocalDateTime onShelfUntil) {
        this.status = status;
        this.expiresAt = expiresAt;
        this.onShelfUntil = status == Status.ON_SHELF ? onShelfUntil : null;
    }

    public void putOnShelf(LocalDateTime until) {
        this.status = Status.ON_SHELF;
        this.onShelfUntil = until;
    }

    public void change(String pickupLocation, LocalDateTime expiresAt) {
        if (pickupLocation != null && !pickupLocation.isBlank()) {
            this.pickupLocation = pickupLocation;
        }
        if (expiresAt != null) {
            this.expiresAt = expiresAt;
        }
    }

    public boolean isOnShelf() {
        return status == Status.ON_SHELF;
    }

    public boolean isTrapped() {
        return status != Status.WAITING;
    }

    /** Whether this hold is for that copy: on it, set aside with it, or on its title. */
    public boolean isFor(Item copy) {
        return item != null
                ? item.getId().equals(copy.getId())
                : copy.getTitle().equals(title);
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

    public String getTitle() {
        return title;
    }

    public HoldType getHoldType() {
        return holdType;
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
