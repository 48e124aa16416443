package org.sip2.protocol;

/** A value from one of the SIP2 code tables (docs/protocol.md §7), written as its fixed-width code. */
public interface Coded {
    String code();

    String description();

    /** The constant of {@code type} with this code (blanks trimmed), or {@code null} if the table has none. */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        String trimmed = code.trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(trimmed)) {
                return constant;
            }
        }
        return null;
    }
}
