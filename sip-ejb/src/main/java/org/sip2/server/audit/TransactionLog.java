package org.sip2.server.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sip2.server.audit.TransactionLogEntry.Outcome;

/**
 * Keeps every SIP transaction for {@code sip.transaction.retention.days} (default 90): older
 * entries are purged at each start and every night, so that the log of who borrowed what does not
 * outlive the library's privacy policy.
 *
 * <p>A state-changing request's row is written in the request's own transaction, with its effect.
 * A request that only reads (17, 63, 23 …) would otherwise commit a write just for its row: those
 * rows wait in a queue and are written once a second and when the application stops, so a crash
 * may lose the rows of the reads of the last moments, never a row of a loan, return or payment.
 * When more than {@value #MAX_PENDING} rows wait, a row is written in the request's transaction
 * instead, so that memory stays bounded and nothing is dropped.
 *
 * <p>One instance for the application, safe for concurrent requests. Every method runs in the
 * caller's transaction: a request's, or one that {@link AuditHousekeeping} begins for the writes of
 * the waiting rows and for the purge.
 */
@ApplicationScoped
public class TransactionLog {

    static final int MAX_PENDING = 50_000;
    private static final Logger LOG = Logger.getLogger(TransactionLog.class.getName());

    private final Queue<TransactionLogEntry> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final ReentrantLock writing = new ReentrantLock();
    private volatile boolean stopping;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "sip.transaction.retention.days", defaultValue = "90")
    int retentionDays;

    /**
     * Logs a request that only read: written within a second, off the request's path. Once the
     * application stops, the row, and any still waiting, are written with the request.
     */
    public void recordRead(TransactionLogEntry transaction) {
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            pendingCount.decrementAndGet();
            em.persist(transaction);
            return;
        }
        pending.add(transaction);
        if (stopping) {
            // writeRest() may have drained the queue between the check and the add: nothing is left behind
            drain();
        }
    }

    /** Logs a request that changed something, in its own transaction: the row commits with the effect. */
    public void recordChange(TransactionLogEntry transaction) {
        em.persist(transaction);
    }

    /** Something that happened to a patron's card outside a request's own record (a PIN lock and its clearing). */
    public void recordCardEvent(LocalDateTime at, String actor, String patron, Outcome outcome, String what) {
        em.persist(new TransactionLogEntry(
                at,
                actor,
                TransactionLogEntry.NO_ADDRESS,
                TransactionLogEntry.CARD_EVENT,
                TransactionLogEntry.CARD_EVENT,
                patron,
                null,
                outcome,
                what,
                0));
    }

    /** Writes the waiting rows of reads ({@link AuditHousekeeping}: every second, in a transaction of its own). */
    public void write() {
        if (writing.tryLock()) {
            try {
                drain();
            } finally {
                writing.unlock();
            }
        }
    }

    /**
     * Writes every row still waiting when the application stops; rows logged after this are written
     * with their request. Called through {@link AuditHousekeeping} once the listeners have answered
     * their last requests ({@link org.sip2.server.sip.ListenersStop}), not when the application's
     * beans are destroyed: Payara takes the application's data source away before that, and the rows
     * would then be lost (ShutdownIT).
     */
    public void writeRest() {
        stopping = true;
        writing.lock();
        try {
            drain();
        } finally {
            writing.unlock();
        }
    }

    private void drain() {
        int written = 0;
        TransactionLogEntry next;
        while (written < MAX_PENDING && (next = pending.poll()) != null) {
            pendingCount.decrementAndGet();
            em.persist(next);
            written++;
        }
    }

    /** Deletes the transactions past the retention ({@link AuditHousekeeping}: nightly, and at each start). */
    public void purge() {
        LocalDateTime before = LocalDateTime.now().minusDays(Math.max(retentionDays, 0));
        int purged = em.createNamedQuery("TransactionLogEntry.purge")
                .setParameter("before", before)
                .executeUpdate();
        LOG.info(() -> "Transaction log: " + purged + " entries older than " + retentionDays + " days purged");
    }
}
