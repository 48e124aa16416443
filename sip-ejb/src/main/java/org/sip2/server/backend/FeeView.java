package org.sip2.server.backend;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.sip2.protocol.FeeType;

/** A fine or fee; {@code balance} is what is still owed. */
public record FeeView(
        String id,
        String itemBarcode,
        FeeType type,
        BigDecimal amount,
        BigDecimal balance,
        LocalDateTime createdAt,
        String description) {}
