package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.util.List;

/** 16 Hold Response (docs/protocol.md §6.14). */
@Message(value = "16", name = "Hold Response")
public record HoldResponse(
        @Fixed(value = 1, digit = true) boolean ok,
        @Fixed(1) boolean available,
        @Fixed(18) SipDate transactionDate,
        @Var(BW) SipDate expirationDate,
        @Var(BR) Integer queuePosition,
        @Var(BS) String pickupLocation,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(AB) String itemIdentifier,
        @Var(AJ) String titleIdentifier,
        @Var(AF) List<String> screenMessage,
        @Var(AG) List<String> printLine)
        implements SipResponse {}
