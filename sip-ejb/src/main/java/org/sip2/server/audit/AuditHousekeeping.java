package org.sip2.server.audit;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The audit records' work outside requests, each in a transaction of its own: the transaction log's
 * waiting rows of reads written every second and when the application stops, and the journal and
 * the transaction log purged nightly and at each start (the timers are not kept across restarts).
 * {@link Journal} and {@link TransactionLog} themselves are CDI beans that join the caller's
 * transaction, so that a request does not pay an EJB call for each of them.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditHousekeeping {

    @Inject
    Journal journal;

    @Inject
    TransactionLog transactionLog;

    /** Writes the transaction log's waiting rows of reads. */
    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void writeWaitingRows() {
        transactionLog.write();
    }

    /** Writes every waiting row once the listeners have answered their last requests (TransactionLog#writeRest). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void writeRest() {
        transactionLog.writeRest();
    }

    @Schedule(hour = "3", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void purgeJournal() {
        journal.purge();
    }

    @Schedule(hour = "3", minute = "23", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void purgeTransactionLog() {
        transactionLog.purge();
    }
}
