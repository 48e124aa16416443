package org.sip2.server.circulation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.sip2.server.cluster.ClusterNotice;
import org.sip2.server.domain.Institution;

/**
 * The institutions as every logged-in request reads them (policy, back end, sharing), kept in memory
 * so that a request does not read its terminal's institution again. They change only in the console
 * or by a Koha import ({@code InstitutionAdmin.save}), which evicts them all on every instance once
 * its transaction has committed ({@link ClusterNotice.InstitutionsChanged}); an entry is also read
 * again after a minute, for a change made in the database by hand. The instances handed out are
 * detached: read them, never change them.
 */
@ApplicationScoped
public class InstitutionCache {

    private static final Duration KEPT = Duration.ofMinutes(1);

    private record Entry(Institution institution, long readAtNanos) {}

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    /** Counts evictions: an institution read while one happened may be older than it and is not kept. */
    private final AtomicLong evictions = new AtomicLong();

    @EJB
    Institutions institutions;

    public Optional<Institution> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Entry entry = byId.get(id);
        if (entry != null && System.nanoTime() - entry.readAtNanos() < KEPT.toNanos()) {
            return Optional.of(entry.institution());
        }
        long before = evictions.get();
        Optional<Institution> read = institutions.find(id);
        read.ifPresent(institution -> {
            if (evictions.get() == before) {
                byId.put(id, new Entry(institution, System.nanoTime()));
            }
        });
        return read;
    }

    void evict(@Observes ClusterNotice.InstitutionsChanged notice) {
        evictions.incrementAndGet();
        byId.clear();
    }
}
