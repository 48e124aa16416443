package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.util.List;

/** 66 Renew All Response (docs/protocol.md §6.16). */
@Message(value = "66", name = "Renew All Response")
public record RenewAllResponse(
        @Fixed(value = 1, digit = true) boolean ok,
        @Fixed(4) Integer renewedCount,
        @Fixed(4) Integer unrenewedCount,
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(BM) List<String> renewedItems,
        @Var(BN) List<String> unrenewedItems,
        @Var(AF) List<String> screenMessage,
        @Var(AG) List<String> printLine)
        implements SipResponse {}
