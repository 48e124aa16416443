package org.sip2.protocol;

/** Hold mode of a Hold request (docs/protocol.md §7.6). */
public enum HoldMode implements Coded {
    ADD("+", "add the patron to the item's hold queue"),
    DELETE("-", "delete the patron from the hold queue"),
    CHANGE("*", "change the hold to match the message");

    private final String code;
    private final String description;

    HoldMode(String code, String description) {
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
