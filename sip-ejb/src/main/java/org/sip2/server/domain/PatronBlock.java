package org.sip2.server.domain;

/** Why a patron may not borrow, in the library's terms; each has a message the patron can understand. */
public enum PatronBlock {
    CARD_BLOCKED("Your card is blocked, please see staff"),
    CARD_LOST("This card has been reported lost, please see staff"),
    EXPIRED("Your card has expired, please see staff to renew it"),
    TOO_MANY_ITEMS_CHARGED("You have reached the maximum number of items on loan"),
    TOO_MANY_ITEMS_OVERDUE("You have too many overdue items, please return them first"),
    FEES_OVER_LIMIT("Your fines are over the limit, please pay them first");

    private final String message;

    PatronBlock(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
