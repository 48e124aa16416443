package org.sip2.server.circulation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sip2.server.domain.Backoff;
import org.sip2.server.domain.PinLock;

/**
 * Counts PIN attempts per patron and locks the card after too many wrong ones (see
 * docs/security.md). Counting and clearing commit in transactions of their own, at once: parallel
 * guesses queue on the row and each sees the others, and a refused request still counts.
 */
@Stateless
public class PinLocks {

    /** What may happen to an attempt: checked, checked and the card locked by it, or refused unchecked. */
    public enum Attempt {
        CHECK,
        CHECK_AND_LOCK,
        LOCKED
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    LibraryClock clock;

    @Inject
    @ConfigProperty(name = "sip.pin.max.failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "sip.pin.lock.seconds", defaultValue = "60")
    long firstLockSeconds;

    @Inject
    @ConfigProperty(name = "sip.pin.lock.max.seconds", defaultValue = "3600")
    long longestLockSeconds;

    /** The card's lock row; none for a patron without failed attempts. */
    public Optional<PinLock> of(long patronId) {
        return Optional.ofNullable(em.find(PinLock.class, patronId));
    }

    /** Counts an attempt before its PIN is checked. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Attempt count(long patronId) {
        PinLock lock = em.find(PinLock.class, patronId, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            lock = new PinLock(patronId);
            em.persist(lock);
        }
        if (lock.isLocked(clock.now())) {
            return Attempt.LOCKED;
        }
        return lock.countAttempt(clock.now(), rule()) ? Attempt.CHECK_AND_LOCK : Attempt.CHECK;
    }

    /** A right PIN, or staff, clears the count and any lock. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void clear(long patronId) {
        PinLock lock = em.find(PinLock.class, patronId, LockModeType.PESSIMISTIC_WRITE);
        if (lock != null) {
            em.remove(lock);
        }
    }

    Backoff rule() {
        return new Backoff(maxFailures, Duration.ofSeconds(firstLockSeconds), Duration.ofSeconds(longestLockSeconds));
    }
}
