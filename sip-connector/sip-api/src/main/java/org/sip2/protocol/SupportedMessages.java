package org.sip2.protocol;

import java.util.EnumSet;
import java.util.Set;

/**
 * The BX field of the ACS Status (docs/protocol.md §7.12): which message pairs the ACS handles,
 * 16 positions of Y/N.
 */
public record SupportedMessages(Set<Pair> pairs) {

    public static final int WIDTH = 16;

    /** The message pairs in BX order. */
    public enum Pair {
        PATRON_STATUS,
        CHECKOUT,
        CHECKIN,
        BLOCK_PATRON,
        SC_ACS_STATUS,
        RESEND,
        LOGIN,
        PATRON_INFORMATION,
        END_PATRON_SESSION,
        FEE_PAID,
        ITEM_INFORMATION,
        ITEM_STATUS_UPDATE,
        PATRON_ENABLE,
        HOLD,
        RENEW,
        RENEW_ALL
    }

    public SupportedMessages {
        pairs = pairs.isEmpty() ? EnumSet.noneOf(Pair.class) : EnumSet.copyOf(pairs);
    }

    public static SupportedMessages parse(String text) {
        return new SupportedMessages(Bitmap.parse(Pair.class, text));
    }

    public boolean supports(Pair pair) {
        return pairs.contains(pair);
    }

    @Override
    public String toString() {
        return Bitmap.format(pairs, Pair.class, WIDTH, 'N');
    }
}
