package org.sip2.server.screen;

/**
 * Every screen message (AF) the server composes, by key; the texts are in {@code screen-messages.properties}
 * beside this class, and a library may reword or translate them ({@link ScreenMessages}).
 */
public enum ScreenMessage {
    PATRON_NOT_FOUND,
    PIN_WRONG,
    PIN_LOCKED,
    CARD_BLOCKED,
    CARD_BLOCKED_BECAUSE,
    CARD_BLOCKED_AT_TERMINAL,
    CARD_LOST,
    CARD_EXPIRED,
    CARD_ENABLED,
    TOO_MANY_ITEMS_CHARGED,
    TOO_MANY_ITEMS_OVERDUE,
    FEES_OVER_LIMIT,
    TOO_MANY_HOLDS,
    YOU_OWE,
    SESSION_ENDED,

    ITEM_NOT_FOUND,
    ALREADY_ON_LOAN,
    NOT_AT_THIS_TERMINAL,
    CANNOT_BE_CHECKED_OUT,
    CHECKED_OUT_TO_ANOTHER,
    CHECKED_OUT_TO_ANOTHER_SEE_STAFF,
    ON_HOLD_FOR_ANOTHER,
    MAX_ITEMS_OF_KIND,
    TOO_MANY_LOST,
    BORROWED_BEFORE,
    RENTAL_FEE_TO_ACCEPT,
    DUE,
    FOR_USE_IN_LIBRARY,
    OFFLINE_DUE_DATE_OUTSIDE_RULE,
    NOT_ON_LOAN_TO_YOU,
    RENEWAL_LIMIT,
    ON_HOLD_NO_RENEWAL,
    RENEWED_UNTIL,
    RENEW_ALL_SUMMARY,
    CHECKOUT_CANCELLED,

    CHECKIN_ITEM_NOT_FOUND,
    WAS_NOT_CHECKED_OUT,
    RETURNED_LATE,
    HOLD_GIVE_TO_STAFF,
    HAS_HOLDS_STAFF_TRAPS,
    HOLD_SHELF,
    HOLD_SEND,
    SEND_HOME,
    CHECKIN_CANCELLED,

    HOLD_WHICH,
    NO_HOLD,
    HOLD_EXISTS,
    TITLE_NOT_FOUND,
    HOLD_PLACED,
    HOLD_CANCELLED,
    HOLD_CHANGED,
    UNKNOWN_HOLD_MODE,

    AMOUNT_INVALID,
    CURRENCY_NOT_ACCEPTED,
    NO_SUCH_FEE,
    NOTHING_OWED,
    OVERPAYMENT,
    PAID_SETTLED,
    PAID_STILL_OWED,
    PAID_CREDIT,
    WRITTEN_OFF_SETTLED,
    WRITTEN_OFF_STILL_OWED,
    WRITTEN_OFF_CREDIT,
    FEE_RENTAL,
    FEE_RENTAL_RENEWAL,
    FEE_OVERDUE,
    FEE_CREDIT,

    CHECKOUT_NOT_ALLOWED,
    CHECKIN_NOT_ALLOWED,
    RENEWAL_NOT_ALLOWED,
    STATUS_UPDATE_NOT_ALLOWED,
    OFFLINE_NOT_ACCEPTED,
    ITEM_PROPERTIES_STORED,
    PLEASE_LOG_IN,
    NOT_LOGGED_IN,
    NOT_SUPPORTED,
    MISSING_FIELD,
    MISSING_FIELDS;

    /** The message in the library's words, its placeholders {0}, {1} … replaced by the values in order. */
    public String text(Object... values) {
        return ScreenMessages.current().text(this, values);
    }
}
