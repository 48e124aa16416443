package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.util.List;

/**
 * 10 Checkin Response (docs/protocol.md §6.7), with the 3M sorting extensions CR…DA (§8.2) in the
 * order sorters expect.
 */
@Message(value = "10", name = "Checkin Response")
public record CheckinResponse(
        @Fixed(value = 1, digit = true) boolean ok,
        @Fixed(1) boolean resensitize,
        @Fixed(1) Tristate magneticMedia,
        @Fixed(1) boolean alert,
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AB, required = true) String itemIdentifier,
        @Var(value = AQ, required = true) String permanentLocation,
        @Var(AJ) String titleIdentifier,
        @Var(CL) String sortBin,
        @Var(AA) String patronIdentifier,
        @Var(CK) MediaType mediaType,
        @Var(CH) String itemProperties,
        @Var(CR) String collectionCode,
        @Var(CS) String callNumber,
        @Var(CT) String destinationLocation,
        @Var(CV) AlertType alertType,
        @Var(CY) String holdPatronId,
        @Var(DA) String holdPatronName,
        @Extra List<ExtraField> extensions,
        @Var(AF) List<String> screenMessage,
        @Var(AG) List<String> printLine)
        implements SipResponse {}
