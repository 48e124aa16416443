package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.math.BigDecimal;
import java.util.List;

/** 12 Checkout Response (docs/protocol.md §6.6). */
@Message(value = "12", name = "Checkout Response")
public record CheckoutResponse(
        @Fixed(value = 1, digit = true) boolean ok,
        @Fixed(1) boolean renewalOk,
        @Fixed(1) Tristate magneticMedia,
        @Fixed(1) Tristate desensitize,
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(value = AB, required = true) String itemIdentifier,
        @Var(value = AJ, required = true) String titleIdentifier,
        @Var(value = AH, required = true) String dueDate,
        @Var(BT) FeeType feeType,
        @Var(CI) Boolean securityInhibit,
        @Var(BH) String currencyType,
        @Var(BV) BigDecimal feeAmount,
        @Var(CK) MediaType mediaType,
        @Var(CH) String itemProperties,
        @Var(BK) String transactionId,
        @Extra List<ExtraField> extensions,
        @Var(AF) List<String> screenMessage,
        @Var(AG) List<String> printLine)
        implements SipResponse {}
