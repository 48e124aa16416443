package org.sip2.protocol;

/** Status code of an SC Status request (docs/protocol.md §7.9). */
public enum ScStatusCode implements Coded {
    OK("0", "SC unit is OK"),
    PRINTER_OUT_OF_PAPER("1", "SC printer is out of paper"),
    ABOUT_TO_SHUT_DOWN("2", "SC is about to shut down");

    private final String code;
    private final String description;

    ScStatusCode(String code, String description) {
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
