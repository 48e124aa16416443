package org.sip2.it.consortium;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.sip2.server.audit.TransactionLog;
import org.sip2.server.audit.TransactionLogEntry;

/** Stores a transaction past the retention and a recent one, runs the purge, and counts what is left of each. */
@Stateless
public class RetentionProbe {

    private static final String TERMINAL = "it-retention";

    @PersistenceContext
    EntityManager em;

    @Inject
    TransactionLog log;

    public String purgeAndCount() {
        LocalDateTime now = LocalDateTime.now();
        log.recordChange(new TransactionLogEntry(
                now.minusDays(91),
                TERMINAL,
                "127.0.0.1",
                "23",
                "24",
                "old",
                null,
                TransactionLogEntry.Outcome.OK,
                null,
                1));
        log.recordChange(new TransactionLogEntry(
                now.minusDays(89),
                TERMINAL,
                "127.0.0.1",
                "23",
                "24",
                "recent",
                null,
                TransactionLogEntry.Outcome.OK,
                null,
                1));
        em.flush();
        log.purge();
        return "old=" + count("old") + " recent=" + count("recent");
    }

    private long count(String patron) {
        return em.createQuery(
                        "select count(t) from TransactionLogEntry t"
                                + " where t.terminal = :terminal and t.patron = :patron",
                        Long.class)
                .setParameter("terminal", TERMINAL)
                .setParameter("patron", patron)
                .getSingleResult();
    }
}
