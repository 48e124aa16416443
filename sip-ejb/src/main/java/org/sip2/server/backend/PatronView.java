package org.sip2.server.backend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.sip2.server.screen.ScreenMessage;

/**
 * A patron's account as a terminal may see it.
 *
 * @param pin      what came of the PIN check
 * @param blocks   what keeps the patron from borrowing, each with a message
 * @param profile  the patron's category, home library and birth date (vendors' extension fields)
 */
public record PatronView(
        String barcode,
        String name,
        String email,
        String phone,
        String address,
        String language,
        String currency,
        BigDecimal feeLimit,
        int maxItems,
        int maxOverdue,
        int maxHolds,
        Set<Block> blocks,
        String blockMessage,
        PinCheck pin,
        List<LoanView> loans,
        List<HoldView> holds,
        List<FeeView> fees,
        Profile profile) {

    /** What a patron is, beyond the account: each part may be null when the back end does not know it. */
    public record Profile(String category, String homeLibrary, LocalDate birthDate, LocalDate expiresOn) {

        public static final Profile UNKNOWN = new Profile(null, null, null, null);
    }

    public PatronView {
        profile = profile == null ? Profile.UNKNOWN : profile;
    }

    /** A patron of a back end that knows no profile. */
    public PatronView(
            String barcode,
            String name,
            String email,
            String phone,
            String address,
            String language,
            String currency,
            BigDecimal feeLimit,
            int maxItems,
            int maxOverdue,
            int maxHolds,
            Set<Block> blocks,
            String blockMessage,
            PinCheck pin,
            List<LoanView> loans,
            List<HoldView> holds,
            List<FeeView> fees) {
        this(
                barcode,
                name,
                email,
                phone,
                address,
                language,
                currency,
                feeLimit,
                maxItems,
                maxOverdue,
                maxHolds,
                blocks,
                blockMessage,
                pin,
                loans,
                holds,
                fees,
                Profile.UNKNOWN);
    }

    /** Why a patron may not borrow; each comes with a message a patron can understand. */
    public enum Block {
        CARD_BLOCKED(ScreenMessage.CARD_BLOCKED),
        CARD_LOST(ScreenMessage.CARD_LOST),
        EXPIRED(ScreenMessage.CARD_EXPIRED),
        TOO_MANY_ITEMS_CHARGED(ScreenMessage.TOO_MANY_ITEMS_CHARGED),
        TOO_MANY_ITEMS_OVERDUE(ScreenMessage.TOO_MANY_ITEMS_OVERDUE),
        FEES_OVER_LIMIT(ScreenMessage.FEES_OVER_LIMIT),
        TOO_MANY_HOLDS(ScreenMessage.TOO_MANY_HOLDS);

        private final ScreenMessage message;

        Block(ScreenMessage message) {
            this.message = message;
        }

        public String message() {
            return message.text();
        }

        /** Blocks that stop checkouts; a full hold list only stops more holds. */
        public boolean stopsCheckout() {
            return this != TOO_MANY_HOLDS;
        }

        /** Blocks that stop renewals: the card itself is not usable. */
        public boolean stopsRenewal() {
            return this == CARD_BLOCKED || this == CARD_LOST || this == EXPIRED;
        }

        /** The message for the patron; a blocked card adds the reason staff or the terminal gave. */
        public String message(String cardBlockReason) {
            return this == CARD_BLOCKED && cardBlockReason != null
                    ? ScreenMessage.CARD_BLOCKED_BECAUSE.text(cardBlockReason)
                    : message();
        }

        /** The message of the first block that matters, or null. */
        public static String first(Set<Block> blocks, Predicate<Block> matters, String cardBlockReason) {
            return blocks.stream()
                    .filter(matters)
                    .findFirst()
                    .map(block -> block.message(cardBlockReason))
                    .orElse(null);
        }
    }

    public BigDecimal feesOwed() {
        return fees.stream().map(FeeView::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<LoanView> overdueLoans() {
        return loans.stream().filter(LoanView::overdue).toList();
    }

    public List<HoldView> holdsOnShelf() {
        return holds.stream().filter(HoldView::onShelf).toList();
    }

    public List<HoldView> holdsWaiting() {
        return holds.stream().filter(hold -> !hold.onShelf()).toList();
    }

    /** A wrong PIN (or a locked card): the terminal may learn that the card exists, not the patron's details. */
    public boolean pinRejected() {
        return pin.refused();
    }

    /** CQ: null when no PIN was asked for, else whether it was accepted. */
    public Boolean pinValid() {
        return pin.valid();
    }

    /** The message for the first block that matters, or null. */
    public String firstBlockMessage(Predicate<Block> matters) {
        return Block.first(blocks, matters, blockMessage);
    }
}
