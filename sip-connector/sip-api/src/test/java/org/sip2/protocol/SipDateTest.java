package org.sip2.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading SIP2 dates (docs/protocol.md §4.1): absent dates are the normal case and cost no exception. */
class SipDateTest {

    @TempDir
    Path dir;

    @Test
    void blankZeroAndMalformedDatesAreAbsent() {
        for (String text : List.of(
                " ".repeat(18),
                "0".repeat(18),
                "2024031x    143022",
                "20241315    143022",
                "20240230    143022",
                "20240315    253022",
                "20240315    14  22",
                "2024")) {
            assertTrue(new SipDate(text).isAbsent(), text);
        }
    }

    @Test
    void localAndBlankPaddedTimes() {
        assertEquals(
                LocalDateTime.of(2024, 2, 29, 14, 30, 22),
                new SipDate("20240229    143022")
                        .toLocalDateTime(ZoneOffset.UTC)
                        .orElseThrow());
        assertEquals(
                LocalDateTime.of(2024, 3, 15, 9, 5, 7),
                new SipDate("20240315     9 5 7")
                        .toLocalDateTime(ZoneOffset.UTC)
                        .orElseThrow());
    }

    @Test
    void absentDatesThrowNoException() throws Exception {
        Path file = dir.resolve("dates.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.JavaExceptionThrow").withStackTrace();
            recording.start();
            for (int i = 0; i < 1000; i++) {
                SipDate.BLANK.isAbsent();
                SipDate.NOT_SUPPORTED.isAbsent();
                new SipDate("2024031x    143022").isAbsent();
            }
            recording.stop();
            recording.dump(file);
        }
        long thrownInSipDate = RecordingFile.readAllEvents(file).stream()
                .filter(event -> event.getStackTrace() != null
                        && event.getStackTrace().getFrames().stream()
                                .anyMatch(frame ->
                                        frame.getMethod().getType().getName().equals(SipDate.class.getName())))
                .count();
        assertEquals(0, thrownInSipDate);
    }
}
