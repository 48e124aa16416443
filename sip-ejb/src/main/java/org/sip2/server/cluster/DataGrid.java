package org.sip2.server.cluster;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The data grid the instances share, seen through what {@link Cluster} needs of it, so that the
 * bean names no Hazelcast type: where Hazelcast is absent (a GlassFish domain) the bean still loads.
 */
interface DataGrid {

    void publish(String message);

    void subscribe(Consumer<String> receiver);

    /** Stores this instance's current copy of one kind, gone after the time unless stored again. */
    void putCopy(Copy kind, String instance, String copy, int ttlSeconds);

    /** The copies of one kind, by instance name. */
    Map<String, String> copies(Copy kind);

    /** Stops listening and removes this instance's copies. */
    void leave(String instance);

    /** What each instance publishes of itself for the others' console: each kind in a map of its own. */
    enum Copy {
        SESSIONS("sip2-live-sessions"),
        LISTENERS("sip2-listener-states");

        final String map;

        Copy(String map) {
            this.map = map;
        }
    }

    /** The cluster's name and size, for the log. */
    String describe();
}
