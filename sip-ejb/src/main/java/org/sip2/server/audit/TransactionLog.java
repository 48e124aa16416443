package org.sip2.server.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import org.sip2.server.audit.SipTransaction.Outcome;

/** Keeps every SIP transaction, in the transaction of the request it describes. */
@Stateless
public class TransactionLog {

    @PersistenceContext
    EntityManager em;

    public void record(SipTransaction transaction) {
        em.persist(transaction);
    }

    /** Something that happened to a patron's card outside a request's own record (a PIN lock and its clearing). */
    public void recordCardEvent(LocalDateTime at, String actor, String patron, Outcome outcome, String what) {
        em.persist(new SipTransaction(at, actor, SipTransaction.NO_ADDRESS, SipTransaction.CARD_EVENT,
                SipTransaction.CARD_EVENT, patron, null, outcome, what, 0));
    }
}
