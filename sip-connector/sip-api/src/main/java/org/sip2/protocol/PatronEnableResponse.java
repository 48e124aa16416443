package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.util.List;

/** 26 Patron Enable Response (docs/protocol.md §6.13). */
@Message(value = "26", name = "Patron Enable Response")
public record PatronEnableResponse(
        @Fixed(14) PatronStatus patronStatus,
        @Fixed(3) String language,
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(value = AE, required = true) String personalName,
        @Var(BL) Boolean validPatron,
        @Var(CQ) Boolean validPatronPassword,
        @Var(AF) List<String> screenMessage,
        @Var(AG) List<String> printLine) implements SipResponse {
}
