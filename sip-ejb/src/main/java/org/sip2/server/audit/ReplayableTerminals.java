package org.sip2.server.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which terminal accounts may have a journal entry that a retransmission could still be answered
 * from, so that a request that cannot be a retransmission (a 17, a 63 …) deletes the terminal's
 * entry only when there may be one. A terminal this process knows nothing about may have one (it
 * was served by another process, or before a restart), and so may every terminal that logs in.
 * Each state-changing request gets a fresh token; a deletion counts only if no newer entry was
 * recorded meanwhile (two kiosks sharing an account).
 */
@ApplicationScoped
public class ReplayableTerminals {

    private static final Object NONE = new Object();

    private final ConcurrentMap<String, Object> tokens = new ConcurrentHashMap<>();

    /** The token to pass to {@link #cleared} after deleting the entry, or {@code null} if there is nothing to delete. */
    Object mayHaveEntry(String terminal) {
        Object token = tokens.computeIfAbsent(terminal, unknown -> new Object());
        return token == NONE ? null : token;
    }

    void recorded(String terminal) {
        tokens.put(terminal, new Object());
    }

    /** After the deletion committed: nothing to delete until the next state-changing request or login. */
    void cleared(String terminal, Object token) {
        tokens.replace(terminal, token, NONE);
    }

    void unknown(String terminal) {
        tokens.put(terminal, new Object());
    }
}
