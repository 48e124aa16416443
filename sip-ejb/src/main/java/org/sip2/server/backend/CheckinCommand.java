package org.sip2.server.backend;

import java.time.LocalDateTime;

/**
 * A checkin (09).
 *
 * @param location   where the item is now (AP), or null
 * @param returnedAt when the item came back (fines count to then)
 * @param noBlock    done while off line: must not be refused
 * @param cancel     cancels a checkout that did not complete (BI, docs/protocol.md §9.6)
 */
public record CheckinCommand(String item, String location, LocalDateTime returnedAt, boolean noBlock, boolean cancel) {}
