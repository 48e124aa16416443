package org.sip2.protocol;

import java.util.EnumSet;
import java.util.Set;

/**
 * The 14-position patron status bitmap of 24, 64 and 26 (docs/protocol.md §7.10): {@code Y} =
 * condition true, blank = false.
 */
public record PatronStatus(Set<Flag> flags) {

    public static final int WIDTH = 14;
    public static final PatronStatus GOOD_STANDING = new PatronStatus(EnumSet.noneOf(Flag.class));
    /** What an unknown patron gets: no charge, renewal, recall or hold privileges. */
    public static final PatronStatus UNKNOWN_PATRON = new PatronStatus(EnumSet.of(
            Flag.CHARGE_PRIVILEGES_DENIED,
            Flag.RENEWAL_PRIVILEGES_DENIED,
            Flag.RECALL_PRIVILEGES_DENIED,
            Flag.HOLD_PRIVILEGES_DENIED));

    /** The conditions in bitmap order. */
    public enum Flag {
        CHARGE_PRIVILEGES_DENIED,
        RENEWAL_PRIVILEGES_DENIED,
        RECALL_PRIVILEGES_DENIED,
        HOLD_PRIVILEGES_DENIED,
        CARD_REPORTED_LOST,
        TOO_MANY_ITEMS_CHARGED,
        TOO_MANY_ITEMS_OVERDUE,
        TOO_MANY_RENEWALS,
        TOO_MANY_CLAIMS_OF_ITEMS_RETURNED,
        TOO_MANY_ITEMS_LOST,
        EXCESSIVE_OUTSTANDING_FINES,
        EXCESSIVE_OUTSTANDING_FEES,
        RECALL_OVERDUE,
        TOO_MANY_ITEMS_BILLED
    }

    public PatronStatus {
        flags = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
    }

    public static PatronStatus of(Flag... flags) {
        EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
        set.addAll(java.util.List.of(flags));
        return new PatronStatus(set);
    }

    public static PatronStatus parse(String text) {
        return new PatronStatus(Bitmap.parse(Flag.class, text));
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    @Override
    public String toString() {
        return Bitmap.format(flags, Flag.class, WIDTH, ' ');
    }
}
