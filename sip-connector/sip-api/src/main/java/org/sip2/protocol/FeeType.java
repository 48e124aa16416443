package org.sip2.protocol;

/** Fee type (docs/protocol.md §7.3). */
public enum FeeType implements Coded {
    OTHER_UNKNOWN("01", "other/unknown"),
    ADMINISTRATIVE("02", "administrative"),
    DAMAGE("03", "damage"),
    OVERDUE("04", "overdue"),
    PROCESSING("05", "processing"),
    RENTAL("06", "rental"),
    REPLACEMENT("07", "replacement"),
    COMPUTER_ACCESS_CHARGE("08", "computer access charge"),
    HOLD_FEE("09", "hold fee");

    private final String code;
    private final String description;

    FeeType(String code, String description) {
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
