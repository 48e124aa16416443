package org.sip2.connector.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The running SIP2 listeners and their connections, for the admin console: list them, close one,
 * or close every connection of a terminal account. Payara loads the connector's API jar once for
 * all applications, so the listeners the adapter registers here are the ones the console sees.
 */
public final class SipConnections {

    /** A running listener. */
    public interface Listener {
        /** Its name, as monitoring labels it. */
        String name();

        /** Where it listens, e.g. {@code 0.0.0.0:6001}. */
        String address();

        /** When its selector loop last went round (it does at least once a second while it runs). */
        Instant lastLoop();

        List<LiveConnection> sessions();

        /** Closes one connection; false if it is not (or no longer) open. */
        boolean disconnect(long sessionId);

        /** Closes every connection logged in with this account; returns how many. */
        int disconnectTerminal(String loginId);
    }

    private static final Set<Listener> LISTENERS = ConcurrentHashMap.newKeySet();

    private SipConnections() {}

    public static void register(Listener listener) {
        LISTENERS.add(listener);
    }

    public static void unregister(Listener listener) {
        LISTENERS.remove(listener);
    }

    /** The running listener of that name, if any. */
    public static Optional<Listener> listener(String name) {
        return LISTENERS.stream()
                .filter(listener -> listener.name().equals(name))
                .findFirst();
    }

    public static List<Listener> listeners() {
        return List.copyOf(LISTENERS);
    }

    public static List<String> listenerAddresses() {
        return LISTENERS.stream().map(Listener::address).sorted().toList();
    }

    public static List<LiveConnection> all() {
        return LISTENERS.stream()
                .flatMap(listener -> listener.sessions().stream())
                .sorted(Comparator.comparing(LiveConnection::connectedAt))
                .toList();
    }

    public static boolean disconnect(long sessionId) {
        return LISTENERS.stream().anyMatch(listener -> listener.disconnect(sessionId));
    }

    public static int disconnectTerminal(String loginId) {
        return LISTENERS.stream()
                .mapToInt(listener -> listener.disconnectTerminal(loginId))
                .sum();
    }
}
