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

    void putSessions(String instance, String sessions, int ttlSeconds);

    Map<String, String> sessions();

    /** Stops listening and removes this instance's sessions. */
    void leave(String instance);

    /** The cluster's name and size, for the log. */
    String describe();
}
