package org.sip2.connector.api;

import java.time.Instant;

/**
 * A connected terminal as the console lists it.
 *
 * @param terminal    the logged-in account, or null before login
 * @param lastMessage id of the last request, or "-"
 */
public record LiveConnection(
        long id,
        String listener,
        String terminal,
        String remoteAddress,
        Instant connectedAt,
        String lastMessage,
        Instant lastActivity,
        long messageCount) {}
