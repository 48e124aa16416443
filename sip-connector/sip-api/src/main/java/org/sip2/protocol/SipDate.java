package org.sip2.protocol;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * An 18-character SIP2 date {@code YYYYMMDDZZZZHHMMSS} (docs/protocol.md §4.1), kept as sent so that odd input
 * survives a round trip. Interpretation is lenient: blanks or zeros mean "no date", an unknown
 * zone letter means local time.
 */
public record SipDate(String text) {

    public static final int LENGTH = 18;
    /** A date field the sender does not use. */
    public static final SipDate BLANK = new SipDate(" ".repeat(LENGTH));
    /** The ACS clock is not offered for synchronisation (98 date/time sync). */
    public static final SipDate NOT_SUPPORTED = new SipDate("0".repeat(LENGTH));

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'    'HHmmss");
    private static final String MILITARY_EAST = "ABCDEFGHIKLM"; // UTC+1 .. +12, no J
    private static final String MILITARY_WEST = "NOPQRSTUVWXY"; // UTC-1 .. -12

    public SipDate {
        text = text == null ? BLANK.text : text;
    }

    /** A local-time date (four blanks in the zone part): the preferred form. */
    public static SipDate local(LocalDateTime time) {
        return new SipDate(LOCAL.format(time));
    }

    /** True when the field carries no date (blanks, zeros or too short to read). */
    public boolean isAbsent() {
        return toLocalDateTime(ZoneOffset.UTC).isEmpty();
    }

    /** The date in the given local zone; converted when the sender named a zone. */
    public Optional<LocalDateTime> toLocalDateTime(ZoneId localZone) {
        if (text.length() < LENGTH) {
            return Optional.empty();
        }
        // Read digit by digit: blank and zero dates are common (every SC sends them), and must not cost an exception.
        int year = number(0, 4, false);
        int month = number(4, 6, false);
        int day = number(6, 8, false);
        int hour = number(12, 14, true);
        int minute = number(14, 16, true);
        int second = number(16, 18, true);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth()
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59) {
            return Optional.empty();
        }
        LocalDateTime stated = LocalDateTime.of(year, month, day, hour, minute, second);
        ZoneOffset offset = offset(text.charAt(11));
        if (offset == null) {
            return Optional.of(stated);
        }
        return Optional.of(
                ZonedDateTime.of(stated, offset).withZoneSameInstant(localZone).toLocalDateTime());
    }

    /**
     * The decimal number in {@code text[from, to)}, or -1 if it is not one; time parts may be padded
     * with blanks (" 5"), as some terminals send them.
     */
    private int number(int from, int to, boolean padded) {
        int value = 0;
        boolean digits = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits = true;
            } else if (!padded || c != ' ') {
                return -1;
            }
        }
        return digits ? value : -1;
    }

    private static ZoneOffset offset(char zone) {
        if (zone == 'Z') {
            return ZoneOffset.UTC;
        }
        int east = MILITARY_EAST.indexOf(zone);
        if (east >= 0) {
            return ZoneOffset.ofHours(east + 1);
        }
        int west = MILITARY_WEST.indexOf(zone);
        if (west >= 0) {
            return ZoneOffset.ofHours(-(west + 1));
        }
        return null;
    }

    @Override
    public String toString() {
        return text;
    }
}
