package org.sip2.server.backend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.MediaType;
import org.sip2.protocol.SecurityMarker;

/**
 * An item and its circulation state.
 *
 * @param dueAt       due date when on loan, else null
 * @param holdQueue   patrons waiting for it
 * @param pickupBy    last pickup day when it waits on the hold shelf, else null
 * @param itemType       the library's item type (loan rules, sort bins), or null
 * @param collectionCode the collection it belongs to (CR), or null
 * @param rentalFee      what a loan of it costs (BV on an 18), or null when nothing
 * @param currency       the rental fee's currency (BH), or null
 */
public record ItemView(
        String barcode,
        String title,
        String author,
        String callNumber,
        MediaType mediaType,
        boolean magneticMedia,
        SecurityMarker securityMarker,
        CirculationStatus status,
        String owner,
        String permanentLocation,
        String currentLocation,
        String properties,
        LocalDateTime dueAt,
        int holdQueue,
        LocalDateTime pickupBy,
        String itemType,
        String collectionCode,
        BigDecimal rentalFee,
        String currency,
        LocalDate lastSeen) {

    /** An item of a back end without item types or collections. */
    public ItemView(
            String barcode,
            String title,
            String author,
            String callNumber,
            MediaType mediaType,
            boolean magneticMedia,
            SecurityMarker securityMarker,
            CirculationStatus status,
            String owner,
            String permanentLocation,
            String currentLocation,
            String properties,
            LocalDateTime dueAt,
            int holdQueue,
            LocalDateTime pickupBy) {
        this(
                barcode,
                title,
                author,
                callNumber,
                mediaType,
                magneticMedia,
                securityMarker,
                status,
                owner,
                permanentLocation,
                currentLocation,
                properties,
                dueAt,
                holdQueue,
                pickupBy,
                null,
                null,
                null,
                null,
                null);
    }

    /** This item with the rental fee a loan of it costs. */
    public ItemView withRentalFee(BigDecimal fee, String feeCurrency) {
        return new ItemView(
                barcode,
                title,
                author,
                callNumber,
                mediaType,
                magneticMedia,
                securityMarker,
                status,
                owner,
                permanentLocation,
                currentLocation,
                properties,
                dueAt,
                holdQueue,
                pickupBy,
                itemType,
                collectionCode,
                fee,
                feeCurrency,
                lastSeen);
    }
}
