package org.sip2.server.domain;

import java.time.Duration;

/**
 * A limit on guessing: after {@code freeFailures} failures in a row, wait {@code firstDelay}; each
 * further failure doubles the wait, up to {@code longestDelay}. Used for PIN locks and for refused
 * terminal logins.
 */
public record Backoff(int freeFailures, Duration firstDelay, Duration longestDelay) {

    /** Enough doublings to pass any sensible cap without overflowing. */
    private static final int MAX_DOUBLINGS = 30;

    public Backoff {
        if (freeFailures < 1 || firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Back-off: one failure at least, a longest delay not under the first");
        }
    }

    /** The wait after this many failures in a row; zero while under the limit. */
    public Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        Duration delay = firstDelay.multipliedBy(1L << Math.min(failures - freeFailures, MAX_DOUBLINGS));
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
