package org.sip2.server.backend;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The outcome of a hold request (15).
 *
 * @param available the item is on the shelf (neither on loan nor held)
 */
public record HoldResult(
        boolean ok,
        boolean available,
        Integer queuePosition,
        LocalDateTime expiresAt,
        String pickupLocation,
        String item,
        String title,
        List<String> messages) {

    public static HoldResult refused(String item, String title, String message) {
        return new HoldResult(false, false, null, null, null, item, title, List.of(message));
    }
}
