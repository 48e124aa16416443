package org.sip2.protocol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * How one Java type is read from and written to a SIP2 field value. Parsing is lenient: bad input gives {@code null}.
 */
record ValueFormat(Function<String, Object> parser, Function<Object, String> formatter) {

    Object parse(String raw) {
        return parser.apply(raw);
    }

    String format(Object value) {
        return value == null ? "" : formatter.apply(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static ValueFormat forType(Class<?> type, boolean digit, int width) {
        if (type == String.class || type == List.class) {
            return new ValueFormat(raw -> raw, Object::toString);
        }
        if (type == boolean.class || type == Boolean.class) {
            return new ValueFormat(ValueFormat::parseFlag, value -> flag((Boolean) value, digit));
        }
        if (type == Integer.class) {
            return new ValueFormat(ValueFormat::parseNumber, value -> number((Integer) value, width));
        }
        if (type == BigDecimal.class) {
            return new ValueFormat(
                    ValueFormat::parseMoney,
                    value -> ((BigDecimal) value)
                            .setScale(2, RoundingMode.HALF_UP)
                            .toPlainString());
        }
        if (type == SipDate.class) {
            return new ValueFormat(SipDate::new, Object::toString);
        }
        if (type == PatronStatus.class) {
            return new ValueFormat(PatronStatus::parse, Object::toString);
        }
        if (type == Summary.class) {
            return new ValueFormat(Summary::parse, Object::toString);
        }
        if (type == SupportedMessages.class) {
            return new ValueFormat(SupportedMessages::parse, Object::toString);
        }
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            Class codes = type;
            return new ValueFormat(raw -> Coded.fromCode(codes, raw), value -> ((Coded) value).code());
        }
        throw new IllegalStateException("No SIP2 format for " + type);
    }

    private static Object parseFlag(String raw) {
        String text = raw.trim();
        if (text.isEmpty()) {
            return null;
        }
        return text.equalsIgnoreCase("Y") || text.equals("1");
    }

    private static String flag(Boolean value, boolean digit) {
        if (digit) {
            return value ? "1" : "0";
        }
        return value ? "Y" : "N";
    }

    private static Object parseNumber(String raw) {
        String text = raw.trim();
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(text);
    }

    /** Zero-padded to {@code width} and clamped to what fits (docs/protocol.md §4.3); plain decimal when width is 0. */
    private static String number(Integer value, int width) {
        int clamped = Math.max(0, value);
        if (width == 0) {
            return Integer.toString(clamped);
        }
        int max = (int) Math.pow(10, width) - 1;
        String digits = Integer.toString(Math.min(clamped, max));
        return "0".repeat(width - digits.length()) + digits;
    }

    private static Object parseMoney(String raw) {
        try {
            return new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
