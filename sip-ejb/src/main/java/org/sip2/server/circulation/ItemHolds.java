package org.sip2.server.circulation;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Patron;

/**
 * The holds that concern one copy, read together: those it is trapped for (on the hold shelf or
 * in transit to it) and the queue waiting for it or its title, first in line first. A request reads
 * them once and passes them on while it changes no hold of the copy (docs/performance.md, eighth
 * round).
 */
public record ItemHolds(List<Hold> trapped, List<Hold> queue) {

    public Optional<Hold> firstTrapped() {
        return trapped.stream().findFirst();
    }

    /** The hold this copy would serve if returned now (already trapped, or first in its queue), if any. */
    public Optional<Hold> next() {
        return firstTrapped().or(() -> queue.stream().findFirst());
    }

    /** Someone else is ahead for this copy: it is set aside for them, or they wait for this very copy. */
    public Optional<Hold> heldForAnother(Patron patron) {
        return firstTrapped()
                .filter(ofAnother(patron))
                .or(() -> queue.stream()
                        .filter(hold -> hold.getItem() != null)
                        .filter(ofAnother(patron))
                        .findFirst());
    }

    /** Anyone but this patron waiting for this copy or its title: then a loan of it is not renewed. */
    public boolean othersWaiting(Patron patron) {
        return firstTrapped().isPresent() || queue.stream().anyMatch(ofAnother(patron));
    }

    /** Holds ahead of everyone: trapped ones, then the queue. */
    public int count() {
        return trapped.size() + queue.size();
    }

    private static Predicate<Hold> ofAnother(Patron patron) {
        return hold -> !hold.getPatron().getId().equals(patron.getId());
    }
}
