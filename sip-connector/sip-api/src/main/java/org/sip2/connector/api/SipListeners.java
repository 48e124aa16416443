package org.sip2.connector.api;

import java.util.List;
import java.util.Optional;

/**
 * The boundary between the listeners as data (the application's database) and the sockets (the resource adapter):
 * the application {@link #configure configures} the full list whenever it changes, the adapter {@link #attach
 * attaches} when it starts and then applies each list at once. A list configured before the adapter attaches is
 * kept and applied when it does. Payara loads the connector's API jar once for all applications, so both sides
 * see this one class.
 */
public final class SipListeners {

    /** The adapter's side. */
    public interface Host {
        /** Binds new listeners, rebinds changed ones and stops removed ones; never throws for one bad listener. */
        void apply(List<ListenerDefinition> definitions);

        /** One state per configured listener, in the order configured. */
        List<ListenerState> states();

        /**
         * Stops every listener: each stops accepting and reading, answers the requests it has received (within
         * {@code sip.shutdown.grace.seconds}) and closes; no list is applied after. Returns when all are done.
         */
        void stop();
    }

    private static List<ListenerDefinition> configured;
    private static Host host;

    private SipListeners() {}

    /** The application: these are all the listeners there should be. */
    public static synchronized void configure(List<ListenerDefinition> definitions) {
        configured = List.copyOf(definitions); // under the lock: two changes are applied in the order made
        if (host != null) {
            host.apply(configured);
        }
    }

    /** The adapter, when it starts: returns what the application configured so far, if anything. */
    public static synchronized Optional<List<ListenerDefinition>> attach(Host adapter) {
        host = adapter;
        return Optional.ofNullable(configured);
    }

    public static synchronized void detach(Host adapter) {
        if (host == adapter) {
            host = null;
        }
    }

    /** The application is stopping: all listeners stop as {@link Host#stop()} says; returns when they have. */
    public static void stop() {
        Host target;
        synchronized (SipListeners.class) {
            target = host;
        }
        if (target != null) {
            target.stop();
        }
    }

    /** Which listeners are bound and how many connections each has; empty while no adapter is attached. */
    public static List<ListenerState> states() {
        Host target;
        synchronized (SipListeners.class) {
            target = host;
        }
        return target == null ? List.of() : target.states();
    }
}
