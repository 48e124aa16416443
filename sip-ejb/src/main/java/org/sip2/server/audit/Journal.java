package org.sip2.server.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exactly once (docs/security.md, "Retransmissions"): the response to a terminal's latest
 * state-changing request is stored in the transaction of its effect. A request is a
 * retransmission only when its bytes are identical to the terminal's immediately preceding
 * request and it arrives within the window ({@code sip.journal.window.minutes}); it then gets the
 * stored response and changes nothing. Any other request of the terminal in between, except a
 * login or an SC status, deletes the entry: the SC resends only the message it got no answer to.
 */
@Stateless
public class Journal {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    ReplayableTerminals replayable;

    @Inject
    @ConfigProperty(name = "sip.journal.window.minutes", defaultValue = "5")
    long windowMinutes;

    /** The response already given to this request, if it repeats the terminal's latest request within the window. */
    public Optional<String> responseTo(String terminal, String digest, String messageType, LocalDateTime now) {
        if (replayable.mayHaveEntry(terminal) == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("JournalEntry.latest", JournalEntry.class)
                .setParameter("terminal", terminal).setMaxResults(1).getResultStream().findFirst()
                .filter(entry -> entry.answers(digest, messageType, now.minus(window())))
                .map(JournalEntry::getResponse);
    }

    /** Stores the response to the terminal's latest state-changing request, in place of the one before. */
    public void record(String terminal, String digest, String messageType, String response, LocalDateTime now) {
        em.createNamedQuery("JournalEntry.forget").setParameter("terminal", terminal).executeUpdate();
        em.persist(new JournalEntry(terminal, digest, messageType, response, now));
        replayable.recorded(terminal);
    }

    /** A request that is no retransmission came from the terminal: its latest request can no longer be repeated. */
    public void interrupted(String terminal) {
        Object token = replayable.mayHaveEntry(terminal);
        if (token == null) {
            return;
        }
        em.createNamedQuery("JournalEntry.forget").setParameter("terminal", terminal).executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    replayable.cleared(terminal, token);
                }
            }
        });
    }

    /** A terminal logged in (perhaps after being served elsewhere): it may have an entry again. */
    public void loggedIn(String terminal) {
        replayable.unknown(terminal);
    }

    private Duration window() {
        return Duration.ofMinutes(windowMinutes);
    }

    /**
     * Forgets entries that can no longer be replayed: nightly, and at each start (the timer is not
     * kept across restarts). A day more than the window, whatever the library's time zone.
     */
    @Schedule(hour = "3", minute = "17", persistent = false)
    public void purge() {
        LocalDateTime before = LocalDateTime.now().minus(window()).minusDays(1);
        em.createNamedQuery("JournalEntry.purge").setParameter("before", before).executeUpdate();
    }
}
