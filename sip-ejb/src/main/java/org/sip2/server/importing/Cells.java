package org.sip2.server.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sip2.protocol.Coded;

/** Reads the typed cells of a row: dates as ILS reports write them, SIP2 codes by code or by name, amounts. */
final class Cells {

    private Cells() {}

    /**
     * {@code 2026-12-01}, {@code 2026-12-01 23:59}, {@code 2026-12-01 23:59:00} or {@code 2026-12-01T23:59:00};
     * a date alone is the start of that day, or its end when {@code endOfDay} (a due date).
     */
    static LocalDateTime dateTime(CsvRow row, String column, boolean endOfDay) {
        String text = row.value(column);
        if (text == null) {
            return null;
        }
        try {
            if (text.length() <= 10) {
                LocalDate day = LocalDate.parse(text);
                return endOfDay ? day.atTime(LocalTime.of(23, 59, 59)) : day.atStartOfDay();
            }
            return LocalDateTime.parse(text.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new RowRejected(column + " must be a date like 2026-12-01 or 2026-12-01 23:59:00, not " + text);
        }
    }

    static LocalDate date(CsvRow row, String column) {
        LocalDateTime time = dateTime(row, column, false);
        return time == null ? null : time.toLocalDate();
    }

    /** A value of a SIP2 code table, by its code ({@code 001}), its name ({@code book}) or its description. */
    static <E extends Enum<E> & Coded> E coded(CsvRow row, String column, Class<E> type, E absent) {
        String text = row.value(column);
        if (text == null) {
            return absent;
        }
        E byCode = Coded.fromCode(type, text);
        if (byCode != null) {
            return byCode;
        }
        String name = text.toUpperCase(Locale.ROOT)
                .replace(' ', '_')
                .replace('-', '_')
                .replace('/', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name) || constant.description().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new RowRejected(column + " " + text + " is none of "
                + Arrays.stream(type.getEnumConstants())
                        .map(c -> c.code() + " " + c.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
    }

    static BigDecimal amount(CsvRow row, String column) {
        String text = row.value(column);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() < 0 || amount.scale() > 2) {
                throw new RowRejected(column + " must be an amount like 2.50, not " + text);
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new RowRejected(column + " must be an amount like 2.50, not " + text);
        }
    }

    static int count(CsvRow row, String column) {
        String text = row.value(column);
        try {
            int count = text == null ? 0 : Integer.parseInt(text);
            if (count < 0) {
                throw new NumberFormatException();
            }
            return count;
        } catch (NumberFormatException e) {
            throw new RowRejected(column + " must be a whole number, not " + text);
        }
    }
}
