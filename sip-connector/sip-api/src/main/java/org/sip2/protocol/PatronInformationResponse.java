package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

import java.math.BigDecimal;
import java.util.List;

/** 64 Patron Information Response (docs/protocol.md §6.5). */
@Message(value = "64", name = "Patron Information Response")
public record PatronInformationResponse(
        @Fixed(14) PatronStatus patronStatus,
        @Fixed(3) String language,
        @Fixed(18) SipDate transactionDate,
        @Fixed(4) Integer holdItemsCount,
        @Fixed(4) Integer overdueItemsCount,
        @Fixed(4) Integer chargedItemsCount,
        @Fixed(4) Integer fineItemsCount,
        @Fixed(4) Integer recallItemsCount,
        @Fixed(4) Integer unavailableHoldsCount,
        @Var(value = AO, required = true) String institutionId,
        @Var(value = AA, required = true) String patronIdentifier,
        @Var(value = AE, required = true) String personalName,
        @Var(value = BZ, width = 4) Integer holdItemsLimit,
        @Var(value = CA, width = 4) Integer overdueItemsLimit,
        @Var(value = CB, width = 4) Integer chargedItemsLimit,
        @Var(BL) Boolean validPatron,
        @Var(CQ) Boolean validPatronPassword,
        @Var(BH) String currencyType,
        @Var(BV) BigDecimal feeAmount,
        @Var(CC) BigDecimal feeLimit,
        @Var(AS) List<String> holdItems,
        @Var(AT) List<String> overdueItems,
        @Var(AU) List<String> chargedItems,
        @Var(AV) List<String> fineItems,
        @Var(BU) List<String> recallItems,
        @Var(CD) List<String> unavailableHoldItems,
        @Var(BD) String homeAddress,
        @Var(BE) String emailAddress,
        @Var(BF) String homePhoneNumber,
        @Extra List<ExtraField> extensions,
        @Var(AF) List<String> screenMessage,
        @Var(AG) List<String> printLine)
        implements SipResponse {

    /**
     * The response about a patron the server does not know, or did not look up (the failure form): status
     * {@link PatronStatus#UNKNOWN_PATRON}, the identifiers echoed (empty when absent), an empty name and no items, BL
     * as
     * given ({@code false}: not a patron here; {@code null}: not said).
     */
    public static PatronInformationResponse unknownPatron(
            String language,
            SipDate now,
            String institution,
            String patron,
            Boolean validPatron,
            List<String> screenMessage) {
        return new PatronInformationResponse(
                PatronStatus.UNKNOWN_PATRON,
                language,
                now,
                0,
                0,
                0,
                0,
                0,
                0,
                Text.orEmpty(institution),
                Text.orEmpty(patron),
                "",
                null,
                null,
                null,
                validPatron,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                screenMessage,
                null);
    }
}
