package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.util.List;

/** 38 Fee Paid Response (docs/protocol.md §6.10). */
@Message(value = "38", name = "Fee Paid Response")
public record FeePaidResponse(
        @Fixed(1) boolean paymentAccepted,
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(BK) String transactionId,
        @Var(AF) List<String> screenMessage,
        @Var(AG) List<String> printLine)
        implements SipResponse {}
