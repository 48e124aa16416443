package org.sip2.protocol;

/** Alert type of a Checkin response, 3M extension (docs/protocol.md §7.8). */
public enum AlertType implements Coded {
    UNKNOWN("00", "unknown"),
    HOLD_THIS_LIBRARY("01", "hold for this library"),
    HOLD_OTHER_BRANCH("02", "hold for another branch"),
    HOLD_INTERLIBRARY_LOAN("03", "hold for interlibrary loan"),
    SEND_TO_OTHER_BRANCH("04", "send to another branch"),
    OTHER("99", "other");

    private final String code;
    private final String description;

    AlertType(String code, String description) {
        this.code = code;
        this.description = description;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String description() {
        return description;
    }
}
