package org.sip2.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Lenient parsing, strict formatting and malformed input (delimiters and hygiene, parsing, malformed messages, field
 * tolerance, client quirks).
 */
class SipCodecTest {

    private final SipCodec codec = new SipCodec();

    @Test
    void kohaLoginAsTypedByHand() {
        LoginRequest login = (LoginRequest) codec.parse("9300CNterm1|COterm1|CPCPL|");
        assertEquals("term1", login.loginUserId());
        assertEquals("term1", login.loginPassword());
        assertEquals("CPL", login.locationCode());
        assertEquals("0", login.uidAlgorithm());
    }

    @Test
    void kohaPatronInformationAsTypedByHand() {
        PatronInformationRequest request = (PatronInformationRequest)
                codec.parse("6300020060329    201700Y         AOCPL|AAterm1|ACterm1|ADterm1|");
        assertEquals("000", request.language());
        assertEquals(Summary.Category.HOLD_ITEMS, request.summary().first().orElseThrow());
        assertEquals(
                LocalDateTime.of(2006, 3, 29, 20, 17),
                request.transactionDate().toLocalDateTime(ZoneOffset.UTC).orElseThrow());
        assertEquals("term1", request.patronPassword());
        assertNull(request.startItem());
    }

    @Test
    void checkoutWithoutFieldIdsParsesWithItsIdentifiersMissing() {
        CheckoutRequest checkout =
                (CheckoutRequest) codec.parse("11YY20171211ZZZZ01121220171221ZZZZ011212CPL5121passwordsecretY");
        assertTrue(checkout.scRenewalPolicy());
        assertTrue(checkout.noBlock());
        assertNull(checkout.institutionId());
        assertNull(checkout.patronIdentifier());
        assertNull(checkout.itemIdentifier());
        assertEquals(
                LocalDateTime.of(2017, 12, 11, 1, 12, 12),
                checkout.transactionDate().toLocalDateTime(ZoneOffset.UTC).orElseThrow());
    }

    @Test
    void unknownIdIsAFormatError() {
        SipFormatException e = assertThrows(SipFormatException.class, () -> codec.parse("42hello|"));
        assertEquals(SipFormatException.Problem.UNKNOWN_MESSAGE, e.problem());
        assertEquals(
                SipFormatException.Problem.UNKNOWN_MESSAGE,
                assertThrows(SipFormatException.class, () -> codec.parse("")).problem());
        assertEquals(
                SipFormatException.Problem.UNKNOWN_MESSAGE,
                assertThrows(SipFormatException.class, () -> codec.parse("\u0001\u00ff"))
                        .problem());
    }

    @Test
    void tooShortForTheFixedPartIsAFormatError() {
        SipFormatException e = assertThrows(SipFormatException.class, () -> codec.parse("2300120240315"));
        assertEquals(SipFormatException.Problem.TOO_SHORT, e.problem());
        assertThrows(SipFormatException.class, () -> codec.parse("99"));
    }

    @Test
    void unknownFieldsEmptyPiecesAndMissingFinalDelimiterAreTolerated() {
        PatronStatusRequest request =
                (PatronStatusRequest) codec.parse("2300120240315    143022|||AOMAIN|ZZwhat|AA123||AD9");
        assertEquals("MAIN", request.institutionId());
        assertEquals("123", request.patronIdentifier());
        assertEquals("9", request.patronPassword());
        assertNull(request.terminalPassword());
    }

    @Test
    void duplicateSingleFieldKeepsTheFirstAndRepeatableFieldsKeepAll() {
        PatronStatusRequest request =
                (PatronStatusRequest) codec.parse("2300120240315    143022AOMAIN|AAfirst|AAsecond|");
        assertEquals("first", request.patronIdentifier());
        AcsStatusResponse status =
                (AcsStatusResponse) codec.parse("98YYYYNN10000320240315    1430222.00AOMAIN|BXYYYY|AFone|AFtwo|");
        assertEquals(List.of("one", "two"), status.screenMessage());
    }

    @Test
    void leadingTelnetNoiseIsSkipped() {
        assertTrue(codec.parse("\u00ff\u00fb\u0001\n9900302.00") instanceof ScStatusRequest);
    }

    @Test
    void blankPaddedNumbersAndBadFlagsAreRead() {
        ScStatusRequest status = (ScStatusRequest) codec.parse("990 402.00");
        assertEquals(40, status.maxPrintWidth());
        assertEquals(ScStatusCode.OK, status.statusCode());
        ScStatusRequest odd = (ScStatusRequest) codec.parse("99XABC2.00");
        assertNull(odd.statusCode());
        assertNull(odd.maxPrintWidth());
    }

    @Test
    void valuesAreSanitisedAndRequiredFieldsWrittenEmpty() {
        String out = codec.format(new EndSessionResponse(
                true,
                SipDate.local(LocalDateTime.of(2024, 3, 15, 14, 30, 23)),
                "MA|IN",
                null,
                List.of("line\rbreak\u0000x"),
                null));
        assertEquals("36Y20240315    143023AOMA IN|AA|AFline break x|", out);
    }

    @Test
    void longScreenMessagesAreSplitAndOrdinaryValuesCut() {
        String longText = "x".repeat(300);
        String out = codec.format(new EndSessionResponse(true, SipDate.BLANK, longText, "P", List.of(longText), null));
        assertTrue(out.contains("AO" + "x".repeat(255) + "|AAP|"));
        assertTrue(out.endsWith("AF" + "x".repeat(255) + "|AF" + "x".repeat(45) + "|"));
    }

    @Test
    void countsAreClampedAndUnknownCountsAreBlank() {
        String out =
                codec.format(new RenewAllResponse(true, 123456, null, SipDate.BLANK, "I", List.of(), null, null, null));
        assertTrue(out.startsWith("661" + "9999" + "    "), out);
    }

    @Test
    void otherDelimiter() {
        SipCodec caret = new SipCodec('^');
        LoginRequest login = (LoginRequest) caret.parse("9300CNa|b^COc^");
        assertEquals("a|b", login.loginUserId());
        assertEquals("941", caret.format(new LoginResponse(true)));
        assertEquals(
                "36Y" + " ".repeat(18) + "AOx^AAy^",
                caret.format(new EndSessionResponse(true, SipDate.BLANK, "x", "y", null, null)));
    }

    @Test
    void datesInOtherZonesAndAbsentDates() {
        assertEquals(
                LocalDateTime.of(2024, 3, 15, 14, 30, 22),
                new SipDate("20240315   Z133022")
                        .toLocalDateTime(ZoneOffset.ofHours(1))
                        .orElseThrow());
        assertEquals(
                LocalDateTime.of(2024, 3, 15, 18, 30, 22),
                new SipDate("20240315   Q143022")
                        .toLocalDateTime(ZoneOffset.UTC)
                        .orElseThrow());
        assertTrue(SipDate.BLANK.isAbsent());
        assertTrue(SipDate.NOT_SUPPORTED.isAbsent());
        assertTrue(new SipDate("2024").isAbsent());
        assertFalse(SipDate.local(LocalDateTime.now()).isAbsent());
    }

    @Test
    void bitmaps() {
        assertEquals("YYYY          ", PatronStatus.UNKNOWN_PATRON.toString());
        assertEquals(" ".repeat(14), PatronStatus.GOOD_STANDING.toString());
        assertEquals(
                "YYYYYYYYYYYNNYYY", SupportedMessages.parse("YYYYYYYYYYYNNYYY").toString());
        assertFalse(SupportedMessages.parse("YYYYYYYYYYYNNYYY").supports(SupportedMessages.Pair.PATRON_ENABLE));
        assertEquals(
                Set.of(Summary.Category.CHARGED_ITEMS),
                Summary.parse("  Y       ").requested());
        assertEquals(Summary.NONE, Summary.parse("NNNNNNNNNN"));
    }

    @Test
    void everyRequestHasAFailureForm() {
        for (MessageDefinition definition : MessageTable.all()) {
            if (!definition.isRequest()) {
                continue;
            }
            String minimal = definition.id() + "X".repeat(definition.variablePartStart() - 2);
            SipRequest request = (SipRequest) codec.parse(minimal);
            SipResponse refusal = Refusals.of(request, "Terminal not logged in", SipDate.BLANK);
            String text = codec.format(refusal);
            assertTrue(codec.parse(text) instanceof SipResponse, text);
        }
    }
}
