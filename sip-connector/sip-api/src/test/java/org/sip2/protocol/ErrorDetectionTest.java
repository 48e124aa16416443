package org.sip2.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checksum vectors: the specification's worked example and the AZ of each message id. */
class ErrorDetectionTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "97AZ;FEF5",
                "96AZ;FEF6",
                "941AY0AZ;FDFD",
                "940AY0AZ;FDFE",
                "990 402.00AY1AZ;FCB4",
                "9300CNselfcheck01|COs3cr3t|CPMAIN|AY0AZ;F355",
                "9900302.00AY1AZ;FCA5"
            })
    void checksumVectors(String summed, String expected) {
        byte[] bytes = summed.getBytes(StandardCharsets.US_ASCII);
        assertEquals(expected, ErrorDetection.checksum(bytes, bytes.length));
    }

    @ParameterizedTest
    @CsvSource({"ISO-8859-1,EC6C", "IBM850,ED77", "UTF-8,EAE3"})
    void checksumIsOverTheEncodedBytes(String charset, String expected) {
        byte[] bytes = "24              00120240315    143022AOMAIN|AA21234000012345|AEJosé Núñez|AY2AZ"
                .getBytes(Charset.forName(charset));
        assertEquals(expected, ErrorDetection.checksum(bytes, bytes.length));
    }

    @Test
    void corruptedByteIsDetected() {
        byte[] frame = "9900402.00AY1AZFCA5".getBytes(StandardCharsets.US_ASCII);
        ErrorDetection.Trailer trailer = ErrorDetection.find(frame, frame.length);
        assertFalse(trailer.valid());
        assertEquals("1", trailer.sequence());
    }

    @Test
    void lowerCaseHexIsAccepted() {
        byte[] frame = "9900302.00AY1AZfca5".getBytes(StandardCharsets.US_ASCII);
        assertTrue(ErrorDetection.find(frame, frame.length).valid());
    }

    @Test
    void twoDigitSequenceOfClientsThatDoNotWrapIsRead() {
        String body = "9900302.00AY10AZ";
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        byte[] frame = (body + ErrorDetection.checksum(bytes, bytes.length)).getBytes(StandardCharsets.US_ASCII);
        ErrorDetection.Trailer trailer = ErrorDetection.find(frame, frame.length);
        assertEquals("10", trailer.sequence());
        assertEquals(10, trailer.bodyLength());
        assertTrue(trailer.valid());
    }

    @Test
    void frameWithoutTrailer() {
        byte[] frame = "9300CNterm1|COterm1|CPCPL|".getBytes(StandardCharsets.US_ASCII);
        assertNull(ErrorDetection.find(frame, frame.length));
    }

    @Test
    void resendCarriesOnlyAChecksum() {
        byte[] frame = "97AZFEF5".getBytes(StandardCharsets.US_ASCII);
        ErrorDetection.Trailer trailer = ErrorDetection.find(frame, frame.length);
        assertNull(trailer.sequence());
        assertEquals(2, trailer.bodyLength());
        assertTrue(trailer.valid());
    }

    @Test
    void sealAppendsSequenceChecksumAndTerminator() {
        assertEquals(
                "941AY0AZFDFD\r",
                new String(
                        ErrorDetection.seal("941", StandardCharsets.US_ASCII, true, "0", "\r"),
                        StandardCharsets.US_ASCII));
        assertEquals(
                "96AZFEF6\r\n",
                new String(
                        ErrorDetection.seal("96", StandardCharsets.US_ASCII, true, null, "\r\n"),
                        StandardCharsets.US_ASCII));
        assertEquals(
                "941\r",
                new String(
                        ErrorDetection.seal("941", StandardCharsets.US_ASCII, false, "0", "\r"),
                        StandardCharsets.US_ASCII));
    }
}
