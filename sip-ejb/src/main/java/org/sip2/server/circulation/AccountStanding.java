package org.sip2.server.circulation;

import java.util.Set;
import java.util.function.Predicate;
import org.sip2.server.backend.PatronView.Block;

/**
 * What a checkout asks of a patron's account: the blocks with the card's own block reason, the open
 * loans of the kind a loan rule limits, and the patron's holds. Public because the services' bean
 * proxies return it.
 */
public record AccountStanding(Set<Block> blocks, String cardBlockReason, long loansOfRulesKind, int holds) {

    /** The message of the first block that matters, or null. */
    public String blockMessage(Predicate<Block> matters) {
        return Block.first(blocks, matters, cardBlockReason);
    }
}
