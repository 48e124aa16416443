package org.sip2.server.audit;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.sip2.server.audit.SipTransaction.Outcome;

/**
 * Keeps every SIP transaction, written in batches off the request's path: a request that only
 * reads (17, 63, 23 …) then commits no write, and a burst of requests costs one commit a second
 * for its log rows. The rows are written every second and when the application stops; a crash may
 * lose the last second of log rows, never a loan (loans, fees and the journal are written in the
 * request's own transaction). When more than {@value #MAX_PENDING} rows wait, a row is written in
 * the request's transaction instead, so that memory stays bounded and nothing is dropped.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TransactionLog {

    static final int MAX_PENDING = 50_000;
    private static final int BATCH = 500;

    private final Queue<SipTransaction> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final ReentrantLock writing = new ReentrantLock();

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void record(SipTransaction transaction) {
        if (pendingCount.incrementAndGet() > MAX_PENDING) {
            pendingCount.decrementAndGet();
            em.persist(transaction);
            return;
        }
        pending.add(transaction);
    }

    /** Writes what has waited, every second. */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void write() {
        if (writing.tryLock()) {
            try {
                drain();
            } finally {
                writing.unlock();
            }
        }
    }

    /** A clean stop writes every row still waiting. */
    @PreDestroy
    void writeRest() {
        writing.lock();
        try {
            drain();
        } finally {
            writing.unlock();
        }
    }

    private void drain() {
        int written = 0;
        SipTransaction next;
        while (written < MAX_PENDING && (next = pending.poll()) != null) {
            pendingCount.decrementAndGet();
            em.persist(next);
            if (++written % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
    }

    /** Something that happened to a patron's card outside a request's own record (a PIN lock and its clearing). */
    public void recordCardEvent(LocalDateTime at, String actor, String patron, Outcome outcome, String what) {
        em.persist(new SipTransaction(at, actor, SipTransaction.NO_ADDRESS, SipTransaction.CARD_EVENT,
                SipTransaction.CARD_EVENT, patron, null, outcome, what, 0));
    }
}
