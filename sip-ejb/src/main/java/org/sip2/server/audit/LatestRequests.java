package org.sip2.server.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The digest of each terminal account's latest request that this server process has seen. It is
 * what tells a retransmission from a repeat: a request whose bytes repeat the journal's entry is
 * answered from it only if nothing else came from the terminal in between. A login does not count,
 * nor does an SC status sent on a connection right after its login, before any other request:
 * that is how a kiosk reconnects before it resends the request it got no answer to. Kept in
 * memory, so that a request that only reads writes nothing to the database; a terminal this
 * process has not heard from since it started (a restart, another instance) is judged by the
 * journal alone. In a cluster a login on another instance makes this one forget the terminal
 * ({@link #forget}), so that a terminal that went from here to another instance and back is judged
 * by the journal alone too (docs/operations.md, "Several instances").
 */
@ApplicationScoped
public class LatestRequests {

    private final ConcurrentMap<String, String> latest = new ConcurrentHashMap<>();
    /** Per terminal, its connection that has logged in and sent nothing but SC status since. */
    private final ConcurrentMap<String, Long> justLoggedIn = new ConcurrentHashMap<>();

    /**
     * Notes a request of the terminal and says whether it may be a retransmission as far as this
     * process knows: the terminal's previous request had the same bytes, or this process has seen
     * none of its requests yet.
     */
    boolean arrived(String terminal, long connection, String digest) {
        justLoggedIn.remove(terminal, connection);
        String previous = latest.put(terminal, digest);
        return previous == null || previous.equals(digest);
    }

    /**
     * The terminal logged in on another instance: what this process saw of it says nothing about
     * what it sent there. Never for a login here: that must not end a retransmission's chance.
     */
    public void forget(String terminal) {
        latest.remove(terminal);
        justLoggedIn.remove(terminal);
    }

    void loggedIn(String terminal, long connection) {
        justLoggedIn.put(terminal, connection);
    }

    /** An SC status: part of a reconnect right after the login, else a request like any other. */
    void statusRequested(String terminal, long connection, String digest) {
        if (!Long.valueOf(connection).equals(justLoggedIn.get(terminal))) {
            arrived(terminal, connection, digest);
        }
    }
}
