package org.sip2.protocol;

/** Hold type (docs/protocol.md §7.7). */
public enum HoldType implements Coded {
    OTHER("1", "other"),
    ANY_COPY_OF_TITLE("2", "any copy of a title"),
    SPECIFIC_COPY("3", "a specific copy of a title"),
    ANY_COPY_AT_BRANCH("4", "any copy at a single branch or sublocation");

    private final String code;
    private final String description;

    HoldType(String code, String description) {
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
