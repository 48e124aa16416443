package org.sip2.server.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A patron's PIN attempts in a row that were not (yet) proven right, and until when the card is
 * locked for SIP. An attempt is counted before its PIN is checked, so that parallel guesses cannot
 * slip past the limit; a right PIN clears the count.
 */
@Entity
@Table(name = "pin_lock")
public class PinLock {

    @Id
    @Column(name = "patron_id")
    private Long patronId;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected PinLock() {}

    public PinLock(Long patronId) {
        this.patronId = patronId;
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts one more attempt; true when it locks the card (the attempt itself is still checked). */
    public boolean countAttempt(LocalDateTime now, Backoff rule) {
        failures++;
        Duration lock = rule.delayAfter(failures);
        if (lock.isZero()) {
            return false;
        }
        lockedUntil = now.plus(lock);
        return true;
    }

    public void clear() {
        failures = 0;
        lockedUntil = null;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }
}
