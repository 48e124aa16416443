package org.sip2.server.backend;

import java.util.List;
import org.sip2.protocol.AlertType;

/**
 * The outcome of a checkin (09).
 *
 * @param patron       who had the item, or null
 * @param alert        the item needs special handling; {@code alertType} says which
 * @param destination  where to send the item (hold pickup or home library), or null
 * @param holdPatron   the patron the item is now held for, or null
 */
public record CheckinResult(
        boolean ok,
        ItemView item,
        String patron,
        boolean alert,
        AlertType alertType,
        String destination,
        String holdPatron,
        String holdPatronName,
        List<String> messages) {

    public static CheckinResult refused(ItemView item, String message) {
        return new CheckinResult(false, item, null, true, null, null, null, null, List.of(message));
    }
}
