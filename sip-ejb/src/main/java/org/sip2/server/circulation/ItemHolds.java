package org.sip2.server.circulation;

import java.util.List;
import java.util.Optional;
import org.sip2.server.domain.Hold;

/**
 * The holds that concern one copy, read together: those it is trapped for (on the hold shelf or
 * in transit to it) and the queue waiting for it or its title, first in line first.
 */
public record ItemHolds(List<Hold> trapped, List<Hold> queue) {

    public Optional<Hold> firstTrapped() {
        return trapped.stream().findFirst();
    }

    /** Holds ahead of everyone: trapped ones, then the queue. */
    public int count() {
        return trapped.size() + queue.size();
    }
}
