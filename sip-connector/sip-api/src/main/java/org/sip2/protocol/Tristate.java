package org.sip2.protocol;

/** The Y/N/U flags: magnetic media and desensitize (docs/protocol.md §4.2). */
public enum Tristate implements Coded {
    YES("Y", "yes"),
    NO("N", "no"),
    UNKNOWN("U", "unknown");

    private final String code;
    private final String description;

    Tristate(String code, String description) {
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
