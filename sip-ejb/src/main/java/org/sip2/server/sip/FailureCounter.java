package org.sip2.server.sip;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.sip2.server.domain.Backoff;

/**
 * Failures in a row per key (a login id, a remote address), in memory, with the wait that
 * {@link Backoff} sets after them. A success clears the key; failures older than the longest wait
 * are forgotten, and so are idle keys when too many are kept. Terminal logins (LoginThrottle) and
 * console sign-ins ({@code admin.ConsoleSignIn}) count with it.
 */
public final class FailureCounter {

    /** Keys kept at most before idle ones are dropped: login ids and addresses are chosen by the peer. */
    static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant last, Instant waitUntil) {}

    private final Backoff backoff;
    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    public FailureCounter(Backoff backoff, Clock clock) {
        this.backoff = backoff;
        this.clock = clock;
    }

    /** True while the key must wait before it may try again. */
    public boolean waiting(String key) {
        Failures current = failures.get(key);
        return current != null && clock.instant().isBefore(current.waitUntil());
    }

    public void failed(String key) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(entry -> forgotten(entry, now));
        }
        failures.compute(key, (k, previous) -> {
            int count = previous == null || forgotten(previous, now) ? 1 : previous.count() + 1;
            return new Failures(count, now, now.plus(backoff.delayAfter(count)));
        });
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    private boolean forgotten(Failures entry, Instant now) {
        return entry.last().plus(backoff.longestDelay()).isBefore(now) && !now.isBefore(entry.waitUntil());
    }
}
