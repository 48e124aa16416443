package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.util.List;

/** 36 End Session Response (docs/protocol.md §6.9). */
@Message(value = "36", name = "End Session Response")
public record EndSessionResponse(
        @Fixed(1) boolean endSession,
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(AF) List<String> screenMessage,
        @Var(AG) List<String> printLine)
        implements SipResponse {}
