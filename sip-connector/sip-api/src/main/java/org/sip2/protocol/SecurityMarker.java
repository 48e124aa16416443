package org.sip2.protocol;

/** Security marker of an item (docs/protocol.md §7.2). */
public enum SecurityMarker implements Coded {
    OTHER("00", "other"),
    NONE("01", "none"),
    TATTLE_TAPE("02", "3M Tattle-Tape Security Strip"),
    WHISPER_TAPE("03", "3M Whisper Tape");

    private final String code;
    private final String description;

    SecurityMarker(String code, String description) {
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
