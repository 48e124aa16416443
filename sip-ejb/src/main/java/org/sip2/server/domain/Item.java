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
import java.time.LocalDateTime;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.MediaType;
import org.sip2.protocol.SecurityMarker;

/** A copy of a title, identified by the barcode or RFID tag id a terminal reads (AB). */
@Entity
@Table(name = "item")
// the institution with its sharing in the same statement: whether the terminal may serve the item needs both
@NamedQuery(
        name = "Item.byBarcode",
        query =
                "select i from Item i join fetch i.institution o left join fetch o.sharesWith where i.barcode = :barcode")
public class Item {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String barcode;

    @Column(nullable = false)
    private String title;

    private String author;

    @Column(name = "call_number")
    private String callNumber;

    @Convert(converter = MediaTypeConverter.class)
    @Column(name = "media_type", nullable = false)
    private MediaType mediaType = MediaType.BOOK;

    @Column(name = "item_type", nullable = false)
    private String itemType = "BOOK";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "owning_location", nullable = false)
    private String owningLocation;

    @Column(name = "current_location", nullable = false)
    private String currentLocation;

    @Convert(converter = CirculationStatusConverter.class)
    @Column(name = "circulation_status", nullable = false)
    private CirculationStatus circulationStatus = CirculationStatus.AVAILABLE;

    @Convert(converter = SecurityMarkerConverter.class)
    @Column(name = "security_marker", nullable = false)
    private SecurityMarker securityMarker = SecurityMarker.TATTLE_TAPE;

    @Column(name = "magnetic_media", nullable = false)
    private boolean magneticMedia;

    private String properties;

    /** The collection it belongs to (CR, sort bins). */
    @Column(name = "collection_code")
    private String collectionCode;

    /** When a terminal last asked about it (Koha's datelastseen), for accounts that record it. */
    @Column(name = "last_seen_at")
    private LocalDateTime lastSeenAt;

    protected Item() {}

    public Item(String barcode, String title, Institution institution, String location) {
        this.barcode = barcode;
        this.title = title;
        this.institution = institution;
        this.owningLocation = location;
        this.currentLocation = location;
    }

    public Long getId() {
        return id;
    }

    public String getBarcode() {
        return barcode;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public String getCallNumber() {
        return callNumber;
    }

    public MediaType getMediaType() {
        return mediaType;
    }

    public String getItemType() {
        return itemType;
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getOwningLocation() {
        return owningLocation;
    }

    public String getCurrentLocation() {
        return currentLocation;
    }

    public CirculationStatus getCirculationStatus() {
        return circulationStatus;
    }

    public SecurityMarker getSecurityMarker() {
        return securityMarker;
    }

    public boolean isMagneticMedia() {
        return magneticMedia;
    }

    public String getCollectionCode() {
        return collectionCode;
    }

    public void setCollectionCode(String collectionCode) {
        this.collectionCode = collectionCode;
    }

    public String getProperties() {
        return properties;
    }

    public void describe(String author, String callNumber, MediaType mediaType, String itemType) {
        this.author = author;
        this.callNumber = callNumber;
        this.mediaType = mediaType;
        this.itemType = itemType;
        this.magneticMedia = mediaType == MediaType.AUDIO_TAPE
                || mediaType == MediaType.VIDEO_TAPE
                || mediaType == MediaType.BOOK_WITH_AUDIO_TAPE;
    }

    /** Whether a terminal may lend it at all: not lost, missing, claimed returned, on order or in process. */
    public boolean isLoanable() {
        return switch (circulationStatus) {
            case LOST, MISSING, CLAIMED_RETURNED, ON_ORDER, IN_PROCESS -> false;
            default -> true;
        };
    }

    /** What staff correct in the console. */
    public void catalogue(String callNumber, String currentLocation, String properties) {
        this.callNumber = callNumber;
        this.currentLocation = currentLocation;
        this.properties = properties;
    }

    /** What a catalogue import sets: title, owner, shelving and collection. */
    public void shelve(
            String title, Institution institution, String owningLocation, String currentLocation, String collection) {
        this.title = title;
        this.institution = institution;
        this.owningLocation = owningLocation;
        this.currentLocation = currentLocation;
        this.collectionCode = collection;
    }

    public void moveTo(String location) {
        this.currentLocation = location;
    }

    public void setProperties(String properties) {
        this.properties = properties;
    }

    public void setCirculationStatus(CirculationStatus circulationStatus) {
        this.circulationStatus = circulationStatus;
    }

    public LocalDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    /**
     * A terminal saw it; a lost item is found when the account says so, and is then on loan again
     * if its loan is still open, else on the shelf.
     */
    public void seen(LocalDateTime at, boolean markFound, boolean onLoan) {
        this.lastSeenAt = at;
        if (markFound && circulationStatus == CirculationStatus.LOST) {
            circulationStatus = onLoan ? CirculationStatus.CHARGED : CirculationStatus.AVAILABLE;
        }
    }
}
