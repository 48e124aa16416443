package org.sip2.server.backend;

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
 */
public record ItemView(String barcode, String title, String author, String callNumber, MediaType mediaType,
                       boolean magneticMedia, SecurityMarker securityMarker, CirculationStatus status, String owner,
                       String permanentLocation, String currentLocation, String properties, LocalDateTime dueAt,
                       int holdQueue, LocalDateTime pickupBy) {
}
