package org.sip2.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Backoff FIVE_THEN_A_MINUTE = new Backoff(5, Duration.ofMinutes(1), Duration.ofMinutes(60));

    @Test
    void noWaitUnderTheLimitThenDoublingUpToTheCap() {
        assertEquals(Duration.ZERO, FIVE_THEN_A_MINUTE.delayAfter(0));
        assertEquals(Duration.ZERO, FIVE_THEN_A_MINUTE.delayAfter(4));
        assertEquals(Duration.ofMinutes(1), FIVE_THEN_A_MINUTE.delayAfter(5));
        assertEquals(Duration.ofMinutes(2), FIVE_THEN_A_MINUTE.delayAfter(6));
        assertEquals(Duration.ofMinutes(32), FIVE_THEN_A_MINUTE.delayAfter(10));
        assertEquals(Duration.ofMinutes(60), FIVE_THEN_A_MINUTE.delayAfter(11));
        assertEquals(Duration.ofMinutes(60), FIVE_THEN_A_MINUTE.delayAfter(Integer.MAX_VALUE), "no overflow");
    }

    @Test
    void nonsenseSettingsAreRefused() {
        Duration one = Duration.ofMinutes(1);
        Duration two = Duration.ofMinutes(2);
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0, one, two));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(3, two, one));
    }

    @Test
    void aPinLockCountsAttemptsLocksAtTheLimitAndClears() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 29, 12, 0);
        PinLock lock = new PinLock(42L);
        for (int attempt = 1; attempt < 5; attempt++) {
            assertFalse(lock.countAttempt(now, FIVE_THEN_A_MINUTE), "attempt " + attempt);
            assertFalse(lock.isLocked(now));
        }
        assertTrue(lock.countAttempt(now, FIVE_THEN_A_MINUTE), "the fifth attempt locks");
        assertTrue(lock.isLocked(now.plusSeconds(59)));
        assertFalse(lock.isLocked(now.plusSeconds(60)));
        assertTrue(lock.countAttempt(now.plusSeconds(60), FIVE_THEN_A_MINUTE), "the next failure locks again");
        assertTrue(lock.isLocked(now.plusSeconds(60 + 119)), "for twice as long");
        assertFalse(lock.isLocked(now.plusSeconds(60 + 120)));
        lock.clear();
        assertFalse(lock.isLocked(now.plusSeconds(61)));
        assertEquals(0, lock.getFailures());
    }
}
