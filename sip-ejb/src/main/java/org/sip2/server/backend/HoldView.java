package org.sip2.server.backend;

import java.time.LocalDateTime;

/**
 * A patron's hold.
 *
 * @param itemBarcode the item held, or the item set aside; null for a title-level hold still waiting
 * @param onShelf     ready for pickup
 * @param pickupBy    last pickup day when on the shelf
 */
public record HoldView(
        String itemBarcode,
        String title,
        boolean onShelf,
        int queuePosition,
        String pickupLocation,
        LocalDateTime expiresAt,
        LocalDateTime pickupBy) {}
