package org.sip2.server.circulation;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Reference data read from the database and kept in memory, so that a request does not read it
 * again: each value for a minute at most (for a change made in the database by hand), all of them
 * dropped at once by {@link #clear()} when the console or an import changed them. A value read
 * while a clear happened may be older than that change and is not kept. {@code read} must read the
 * database afresh (its own transaction), not a copy the caller's persistence context holds.
 */
final class ReferenceCache<K, V> {

    private static final long KEPT_NANOS = Duration.ofMinutes(1).toNanos();

    private record Entry<V>(V value, long readAtNanos) {}

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong clears = new AtomicLong();

    /** The value kept for this key, or the one {@code read} gives now (null: none, and nothing kept). */
    V get(K key, Function<K, V> read) {
        Entry<V> entry = entries.get(key);
        if (entry != null && System.nanoTime() - entry.readAtNanos() < KEPT_NANOS) {
            return entry.value();
        }
        long before = clears.get();
        V value = read.apply(key);
        if (value != null && clears.get() == before) {
            Entry<V> kept = new Entry<>(value, System.nanoTime());
            entries.put(key, kept);
            if (clears.get() != before) { // a clear came between the check and the put
                entries.remove(key, kept);
            }
        }
        return value;
    }

    void clear() {
        clears.incrementAndGet();
        entries.clear();
    }
}
