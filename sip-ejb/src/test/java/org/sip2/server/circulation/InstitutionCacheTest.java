package org.sip2.server.circulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sip2.server.cluster.ClusterNotice;
import org.sip2.server.domain.Institution;

class InstitutionCacheTest {

    /** Reads institutions from a list of versions, counting the reads. */
    private static final class CountingInstitutions extends Institutions {
        final List<String> reads = new ArrayList<>();
        Runnable duringRead = () -> {};

        @Override
        public Optional<Institution> find(String id) {
            reads.add(id);
            duringRead.run();
            return Optional.of(new Institution(id, id + " read " + reads.size()));
        }
    }

    private static InstitutionCache cache(CountingInstitutions database) {
        InstitutionCache cache = new InstitutionCache();
        cache.institutions = database;
        return cache;
    }

    @Test
    void anInstitutionIsReadOnceUntilAChangeEvictsIt() {
        CountingInstitutions database = new CountingInstitutions();
        InstitutionCache cache = cache(database);
        Institution first = cache.find("CPL").orElseThrow();
        assertSame(first, cache.find("CPL").orElseThrow());
        assertEquals(List.of("CPL"), database.reads);
        cache.evict(new ClusterNotice.InstitutionsChanged());
        assertEquals("CPL read 2", cache.find("CPL").orElseThrow().getName());
    }

    @Test
    void anInstitutionReadWhileAChangeArrivesIsNotKept() {
        CountingInstitutions database = new CountingInstitutions();
        InstitutionCache cache = cache(database);
        database.duringRead = () -> cache.evict(new ClusterNotice.InstitutionsChanged());
        cache.find("CPL");
        database.duringRead = () -> {};
        assertEquals("CPL read 2", cache.find("CPL").orElseThrow().getName(), "the read before the change is old");
        assertEquals(2, database.reads.size());
    }

    @Test
    void noIdMeansNoInstitution() {
        assertTrue(cache(new CountingInstitutions()).find(null).isEmpty());
    }
}
