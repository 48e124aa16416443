package org.sip2.server.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Exactly once: a state-changing request's response is stored with its effect; a retransmission
 * (same terminal and request key) gets the stored response and changes nothing.
 */
@Stateless
public class Journal {

    /** How long a key made from a request's bytes identifies it (the bytes carry the SC's clock). */
    static final Duration DIGEST_WINDOW = Duration.ofMinutes(2);
    /** How long any entry is kept. */
    static final Duration RETENTION = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    /**
     * The response already given to this request, if it is a retransmission. A key made from the
     * request's bytes counts only for a short window and only for the terminal's latest request:
     * a terminal repeats its last request, and a kiosk that sends blank dates may send the same
     * bytes again as a new request (checkout, checkin, checkout).
     */
    public Optional<String> responseTo(String terminal, String key, boolean sequenced, LocalDateTime now) {
        return find(terminal, key)
                .filter(entry -> sequenced || entry.getCreatedAt().isAfter(now.minus(DIGEST_WINDOW)) && isLatest(terminal, entry))
                .map(JournalEntry::getResponse);
    }

    private boolean isLatest(String terminal, JournalEntry entry) {
        return entry.getId().equals(em.createNamedQuery("JournalEntry.latestOfTerminal", Long.class)
                .setParameter("terminal", terminal).getSingleResult());
    }

    /**
     * Stores the response to a request. An earlier entry with the same key (no longer replayed) is
     * deleted and a new one inserted, not updated: its new id is what makes it the terminal's latest.
     */
    public void record(String terminal, String key, String messageType, String response, LocalDateTime now) {
        em.createQuery("delete from JournalEntry j where j.terminal = :terminal and j.requestKey = :key")
                .setParameter("terminal", terminal).setParameter("key", key).executeUpdate();
        em.persist(new JournalEntry(terminal, key, messageType, response, now));
    }

    private Optional<JournalEntry> find(String terminal, String key) {
        return em.createNamedQuery("JournalEntry.find", JournalEntry.class)
                .setParameter("terminal", terminal).setParameter("key", key)
                .getResultStream().findFirst();
    }

    /** Forgets entries past the retention: nightly, and at each start (the timer is not kept across restarts). */
    @Schedule(hour = "3", minute = "17", persistent = false)
    public void purge() {
        em.createNamedQuery("JournalEntry.purge").setParameter("before", LocalDateTime.now().minus(RETENTION)).executeUpdate();
    }
}
