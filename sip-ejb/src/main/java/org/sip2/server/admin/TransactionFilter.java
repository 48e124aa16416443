package org.sip2.server.admin;

import java.time.LocalDateTime;

/** What the transaction log is filtered by; null or blank means any. */
public record TransactionFilter(
        LocalDateTime from,
        LocalDateTime to,
        String terminal,
        String patron,
        String item,
        String messageType,
        String outcome) {}
