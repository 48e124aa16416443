package org.sip2.server.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Keeps every SIP transaction, in the transaction of the request it describes. */
@Stateless
public class TransactionLog {

    @PersistenceContext
    EntityManager em;

    public void record(SipTransaction transaction) {
        em.persist(transaction);
    }
}
