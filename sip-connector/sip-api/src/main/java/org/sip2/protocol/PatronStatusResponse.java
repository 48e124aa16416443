package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.math.BigDecimal;
import java.util.List;

/** 24 Patron Status Response (docs/protocol.md §6.4), also the answer to 01 Block Patron. */
@Message(value = "24", name = "Patron Status Response")
public record PatronStatusResponse(
        @Fixed(14) PatronStatus patronStatus,
        @Fixed(3) String language,
        @Fixed(18) SipDate transactionDate,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(value = AE, required = true) String personalName,
        @Var(BL) Boolean validPatron,
        @Var(CQ) Boolean validPatronPassword,
        @Var(BH) String currencyType,
        @Var(BV) BigDecimal feeAmount,
        @Extra List<ExtraField> extensions,
        @Var(AF) List<String> screenMessage,
        @Var(AG) List<String> printLine)
        implements SipResponse {

    /**
     * The response about a patron the server does not know, or did not look up (the failure form): status
     * {@link PatronStatus#UNKNOWN_PATRON}, the identifiers echoed (empty when absent), an empty name, BL as
     * given ({@code false}: not a patron here; {@code null}: not said).
     */
    public static PatronStatusResponse unknownPatron(
            String language,
            SipDate now,
            String institution,
            String patron,
            Boolean validPatron,
            List<String> screenMessage) {
        return new PatronStatusResponse(
                PatronStatus.UNKNOWN_PATRON,
                language,
                now,
                Text.orEmpty(institution),
                Text.orEmpty(patron),
                "",
                validPatron,
                null,
                null,
                null,
                null,
                screenMessage,
                null);
    }
}
