package org.sip2.protocol;

/** Circulation status of an item (docs/protocol.md §7.1). */
public enum CirculationStatus implements Coded {
    OTHER("01", "other"),
    ON_ORDER("02", "on order"),
    AVAILABLE("03", "available"),
    CHARGED("04", "charged"),
    CHARGED_NOT_TO_BE_RECALLED("05", "charged; not to be recalled until earliest recall date"),
    IN_PROCESS("06", "in process"),
    RECALLED("07", "recalled"),
    WAITING_ON_HOLD_SHELF("08", "waiting on hold shelf"),
    WAITING_TO_BE_RESHELVED("09", "waiting to be re-shelved"),
    IN_TRANSIT("10", "in transit between library locations"),
    CLAIMED_RETURNED("11", "claimed returned"),
    LOST("12", "lost"),
    MISSING("13", "missing");

    private final String code;
    private final String description;

    CirculationStatus(String code, String description) {
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
