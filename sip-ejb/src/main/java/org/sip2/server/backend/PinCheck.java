package org.sip2.server.backend;

import org.sip2.server.screen.ScreenMessage;

/** What came of checking a patron's PIN (AD), with what the patron is told when it is refused. */
public enum PinCheck {

    /** No PIN was asked for: the terminal may act for patrons without one. */
    NOT_ASKED(null),
    VALID(null),
    /** A wrong PIN, or none from a terminal that must send one. */
    WRONG(ScreenMessage.PIN_WRONG),
    /** Too many wrong PINs: every PIN is refused for a while, the right one too, so the answer tells nothing. */
    LOCKED(ScreenMessage.PIN_LOCKED);

    private final ScreenMessage message;

    PinCheck(ScreenMessage message) {
        this.message = message;
    }

    public boolean refused() {
        return this == WRONG || this == LOCKED;
    }

    /** CQ: null when no PIN was asked for. */
    public Boolean valid() {
        return this == NOT_ASKED ? null : this == VALID;
    }

    /** The screen message for a refused PIN, else null. */
    public String message() {
        return message == null ? null : message.text();
    }
}
