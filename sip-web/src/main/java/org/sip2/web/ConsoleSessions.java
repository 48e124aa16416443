package org.sip2.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's signed-in sessions by user, so that disabling a user (or setting their password)
 * ends the sessions they have open. {@link ConsoleSessionListener} forgets ended sessions.
 */
@ApplicationScoped
public class ConsoleSessions {

    private static final String USER = "sip.console.user";

    private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

    void signedIn(String username, HttpSession session) {
        session.setAttribute(USER, username);
        byUser.computeIfAbsent(username, name -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void ended(HttpSession session) {
        if (session.getAttribute(USER) instanceof String username) {
            byUser.computeIfPresent(username, (name, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    /** Ends every session of the user but {@code keep} (the one making the change), if given. */
    public void end(String username, HttpSession keep) {
        Set<HttpSession> sessions = byUser.getOrDefault(username, Set.of());
        for (HttpSession session : Set.copyOf(sessions)) {
            if (session != keep) {
                sessions.remove(session);
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyEnded) {
                    // ended meanwhile: nothing left to do
                }
            }
        }
    }
}
