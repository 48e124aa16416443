package org.sip2.server.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps every SIP transaction, in the transaction of the request it describes, for
 * {@code sip.transaction.retention.days} (default 90): older entries are purged at each start and
 * every night, so that the log of who borrowed what does not outlive the library's privacy policy.
 */
@Stateless
public class TransactionLog {

    private static final Logger LOG = Logger.getLogger(TransactionLog.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "sip.transaction.retention.days", defaultValue = "90")
    int retentionDays;

    public void record(SipTransaction transaction) {
        em.persist(transaction);
    }

    /** Deletes the transactions past the retention: nightly, and at each start (the timer ends with the server). */
    @Schedule(hour = "3", minute = "23", persistent = false)
    public void purge() {
        LocalDateTime before = LocalDateTime.now().minusDays(Math.max(retentionDays, 0));
        int purged = em.createNamedQuery("SipTransaction.purge").setParameter("before", before).executeUpdate();
        LOG.info(() -> "Transaction log: " + purged + " entries older than " + retentionDays + " days purged");
    }
}
