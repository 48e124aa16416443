package org.sip2.server.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Exactly once (docs/security.md, "Retransmissions"): the response to a terminal's latest
 * state-changing request is stored in the transaction of its effect. A request is a
 * retransmission only when its bytes are identical to the terminal's immediately preceding
 * request and it arrives within the window ({@code sip.journal.window.minutes}); it then gets the
 * stored response and changes nothing. Any other request of the terminal in between, but a login
 * and an SC status right after it, ends that chance ({@link LatestRequests}): the SC resends only
 * the message it got no answer to.
 *
 * <p>Runs in the caller's transaction: the request's own (the MDB's), or one that {@link
 * AuditHousekeeping} begins for the purge.
 */
@ApplicationScoped
public class Journal {

    @PersistenceContext
    EntityManager em;

    @Inject
    LatestRequests latest;

    @Inject
    @ConfigProperty(name = "sip.journal.window.minutes", defaultValue = "5")
    long windowMinutes;

    /** Notes a request that cannot be a retransmission (it changes nothing): it ends the previous one's chance. */
    public void arrived(String terminal, long connection, String digest) {
        latest.arrived(terminal, connection, digest);
    }

    /** A login: neither it nor an SC status right after it ends the chance of the terminal's latest request. */
    public void loggedIn(String terminal, long connection) {
        latest.loggedIn(terminal, connection);
    }

    /** An SC status: counts as a request in between unless it is part of a reconnect. */
    public void statusRequested(String terminal, long connection, String digest) {
        latest.statusRequested(terminal, connection, digest);
    }

    /**
     * Notes a state-changing request and gives the response already given to it, if it repeats the
     * terminal's immediately preceding request within the window. First waits for the terminal's
     * state-changing request in flight, if any, on any instance: a kiosk that timed out resends on
     * a new connection while the first attempt is still at work, and the resend must find its
     * journal entry, not race it (and be refused as "already on loan", an answer then replayed).
     */
    public Optional<String> responseTo(
            String terminal, long connection, String digest, String messageType, LocalDateTime now) {
        waitForTheTerminalsRequestInFlight(terminal);
        if (!latest.arrived(terminal, connection, digest)) {
            return Optional.empty();
        }
        return em
                .createNamedQuery("JournalEntry.ofTerminal", JournalEntry.class)
                .setParameter("terminal", terminal)
                .getResultList()
                .stream()
                .findFirst()
                .filter(entry -> entry.answers(digest, messageType, now.minus(window())))
                .map(JournalEntry::getResponse);
    }

    /**
     * Stores the response to the terminal's latest state-changing request, in place of the one before: the account's
     * row is changed in one statement (inserted only by the account's first such request).
     */
    public void record(String terminal, String digest, String messageType, String response, LocalDateTime now) {
        int replaced = em.createNamedQuery("JournalEntry.replace")
                .setParameter("digest", digest)
                .setParameter("type", messageType)
                .setParameter("response", response)
                .setParameter("at", now)
                .setParameter("terminal", terminal)
                .executeUpdate();
        if (replaced == 0) {
            em.persist(new JournalEntry(terminal, digest, messageType, response, now));
        }
    }

    /**
     * Locks the terminal account's row until this transaction ends: each state-changing request
     * does, so they run one after another per account, across instances (the journal's single row
     * per account serialized their commits already).
     */
    private void waitForTheTerminalsRequestInFlight(String terminal) {
        em.createNativeQuery("select id from terminal_account where login_id = ? for update")
                .setParameter(1, terminal)
                .getResultList();
    }

    private Duration window() {
        return Duration.ofMinutes(windowMinutes);
    }

    /**
     * Forgets entries that can no longer be replayed ({@link AuditHousekeeping}: nightly, and at each
     * start). A day more than the window, whatever the library's time zone.
     */
    public void purge() {
        LocalDateTime before = LocalDateTime.now().minus(window()).minusDays(1);
        em.createNamedQuery("JournalEntry.purge").setParameter("before", before).executeUpdate();
    }
}
