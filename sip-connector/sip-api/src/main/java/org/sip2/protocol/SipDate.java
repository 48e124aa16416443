package org.sip2.protocol;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * An 18-character SIP2 date {@code YYYYMMDDZZZZHHMMSS} (§4.1), kept as sent so that odd input
 * survives a round trip. Interpretation is lenient: blanks or zeros mean "no date", an unknown
 * zone letter means local time.
 */
public record SipDate(String text) {

    public static final int LENGTH = 18;
    /** A date field the sender does not use. */
    public static final SipDate BLANK = new SipDate(" ".repeat(LENGTH));
    /** The ACS clock is not offered for synchronisation (98 date/time sync). */
    public static final SipDate NOT_SUPPORTED = new SipDate("0".repeat(LENGTH));

    private static final String MILITARY_EAST = "ABCDEFGHIKLM"; // UTC+1 .. +12, no J
    private static final String MILITARY_WEST = "NOPQRSTUVWXY"; // UTC-1 .. -12

    public SipDate {
        text = text == null ? BLANK.text : text;
    }

    /** A local-time date (four blanks in the zone part): the preferred form. */
    public static SipDate local(LocalDateTime time) {
        return new SipDate(String.format("%04d%02d%02d    %02d%02d%02d", time.getYear(), time.getMonthValue(),
                time.getDayOfMonth(), time.getHour(), time.getMinute(), time.getSecond()));
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
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(text.substring(0, 4)),
                    Integer.parseInt(text.substring(4, 6)), Integer.parseInt(text.substring(6, 8)));
            LocalTime time = LocalTime.of(Integer.parseInt(text.substring(12, 14).trim()),
                    Integer.parseInt(text.substring(14, 16).trim()), Integer.parseInt(text.substring(16, 18).trim()));
            LocalDateTime stated = LocalDateTime.of(date, time);
            ZoneOffset offset = offset(text.charAt(11));
            if (offset == null) {
                return Optional.of(stated);
            }
            return Optional.of(ZonedDateTime.of(stated, offset).withZoneSameInstant(localZone).toLocalDateTime());
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
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
