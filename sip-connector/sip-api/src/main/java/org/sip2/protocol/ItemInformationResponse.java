package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.math.BigDecimal;
import java.util.List;

/** 18 Item Information Response (docs/protocol.md §6.11). No AO in this message. */
@Message(value = "18", name = "Item Information Response")
public record ItemInformationResponse(
        @Fixed(2) CirculationStatus circulationStatus,
        @Fixed(2) SecurityMarker securityMarker,
        @Fixed(2) FeeType feeType,
        @Fixed(18) SipDate transactionDate,
        @Var(CF) Integer holdQueueLength,
        @Var(AH) String dueDate,
        @Var(CJ) SipDate recallDate,
        @Var(CM) SipDate holdPickupDate,
        @Var(value = AB, required = true) String itemIdentifier,
        @Var(value = AJ, required = true) String titleIdentifier,
        @Var(BG) String owner,
        @Var(BH) String currencyType,
        @Var(BV) BigDecimal feeAmount,
        @Var(CK) MediaType mediaType,
        @Var(AQ) String permanentLocation,
        @Var(AP) String currentLocation,
        @Var(CH) String itemProperties,
        @Var(CS) String callNumber,
        @Extra List<ExtraField> extensions,
        @Var(AF) List<String> screenMessage,
        @Var(AG) List<String> printLine)
        implements SipResponse {}
