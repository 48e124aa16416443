package org.sip2.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example exchange in golden-exchanges.txt: checksum, parse, format back byte for byte. */
class GoldenExchangeTest {

    static List<String> exchanges() throws IOException {
        try (InputStream in = GoldenExchangeTest.class.getResourceAsStream("/golden-exchanges.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("exchanges")
    void checksumIsValid(String line) {
        byte[] frame = line.getBytes(StandardCharsets.US_ASCII);
        ErrorDetection.Trailer trailer = ErrorDetection.find(frame, frame.length);
        assertNotNull(trailer, "trailer expected in " + line);
        assertTrue(trailer.valid(), "checksum of " + line);
    }

    @ParameterizedTest
    @MethodSource("exchanges")
    void parsesAndFormatsBackToTheSameBytes(String line) {
        byte[] frame = line.getBytes(StandardCharsets.US_ASCII);
        ErrorDetection.Trailer trailer = ErrorDetection.find(frame, frame.length);
        String body = line.substring(0, trailer.bodyLength());
        SipCodec codec = new SipCodec();

        SipMessage message = codec.parse(body);
        String formatted = codec.format(message);

        assertEquals(body, formatted);
        assertArrayEquals(
                frame, ErrorDetection.seal(formatted, StandardCharsets.US_ASCII, true, trailer.sequence(), ""));
    }

    @Test
    void examplesCoverEveryMessageOfTheProtocol() throws IOException {
        Set<String> seen =
                exchanges().stream().map(line -> line.substring(0, 2)).collect(Collectors.toSet());
        Set<String> all = MessageTable.all().stream().map(MessageDefinition::id).collect(Collectors.toSet());
        assertEquals(31, all.size(), "16 requests and 15 responses");
        Set<String> missing = new HashSet<>(all);
        missing.removeAll(seen);
        assertTrue(missing.isEmpty(), "no golden example for " + missing);
    }

    @Test
    void typedViewOfACheckinResponse() {
        CheckinResponse response = (CheckinResponse) new SipCodec()
                .parse("101YNY20240315    143023AOMAIN|AB31234000333333|AQMAIN|AJThe "
                        + "Hobbit|CL2|AA21234000012345|CK001|CSFIC "
                        + "TOL|CTBRANCH2|CV02|CY21234000099999|DASmith, John|AFHold "
                        + "for BRANCH2|");
        assertTrue(response.ok());
        assertTrue(response.alert());
        assertEquals(Tristate.NO, response.magneticMedia());
        assertEquals(MediaType.BOOK, response.mediaType());
        assertEquals(AlertType.HOLD_OTHER_BRANCH, response.alertType());
        assertEquals("BRANCH2", response.destinationLocation());
        assertEquals(List.of("Hold for BRANCH2"), response.screenMessage());
    }

    @Test
    void typedViewOfAPatronInformationResponse() {
        PatronInformationResponse response = (PatronInformationResponse) new SipCodec()
                .parse("64              00120240315    143022000100000002000100000000"
                        + "AOMAIN|AA21234000012345|AEJane Doe|BZ0010|CA0005|CB0050|BLY|CQY|BHUSD|BV2.50|"
                        + "CC10.00|AU31234000111111|AU31234000222222|BD1 Main St, Springfield|"
                        + "BEjane@example.org|BF555-0100|AFWelcome, Jane|");
        assertEquals(PatronStatus.GOOD_STANDING, response.patronStatus());
        assertEquals(1, response.holdItemsCount());
        assertEquals(2, response.chargedItemsCount());
        assertEquals(50, response.chargedItemsLimit());
        assertEquals(List.of("31234000111111", "31234000222222"), response.chargedItems());
        assertEquals(new java.math.BigDecimal("10.00"), response.feeLimit());
        assertTrue(response.validPatron());
    }

    @Test
    void messageIdsAreThoseOfTheCatalogue() {
        assertEquals(
                Arrays.asList(
                        "93", "99", "97", "23", "63", "11", "09", "01", "35", "37", "17", "19", "25", "15", "29", "65",
                        "94", "98", "96", "24", "64", "12", "10", "36", "38", "18", "20", "26", "16", "30", "66"),
                MessageTable.all().stream().map(MessageDefinition::id).toList());
    }
}
