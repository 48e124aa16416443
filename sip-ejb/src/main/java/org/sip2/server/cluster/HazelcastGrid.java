package org.sip2.server.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** The Hazelcast data grid Payara Micro runs when clustering is on (JNDI {@code payara/Hazelcast}). */
final class HazelcastGrid implements DataGrid {

    private static final String NOTICES = "sip2-notices";

    private final HazelcastInstance grid;
    private final ITopic<String> topic;
    private UUID subscription;

    private HazelcastGrid(HazelcastInstance grid) {
        this.grid = grid;
        this.topic = grid.getTopic(NOTICES);
    }

    /** The running grid, if this server runs one. */
    static Optional<DataGrid> find() throws NamingException {
        Object found = new InitialContext().lookup("payara/Hazelcast");
        return found instanceof HazelcastInstance hazelcast
                        && hazelcast.getLifecycleService().isRunning()
                ? Optional.of(new HazelcastGrid(hazelcast))
                : Optional.empty();
    }

    @Override
    public void publish(String message) {
        topic.publish(message);
    }

    @Override
    public void subscribe(Consumer<String> receiver) {
        subscription = topic.addMessageListener(message -> receiver.accept(message.getMessageObject()));
    }

    @Override
    public void putCopy(Copy kind, String instance, String copy, int ttlSeconds) {
        map(kind).put(instance, copy, ttlSeconds, TimeUnit.SECONDS);
    }

    @Override
    public Map<String, String> copies(Copy kind) {
        return new HashMap<>(map(kind));
    }

    private IMap<String, String> map(Copy kind) {
        return grid.getMap(kind.map);
    }

    @Override
    public void leave(String instance) {
        if (grid.getLifecycleService().isRunning()) {
            topic.removeMessageListener(subscription);
            for (Copy kind : Copy.values()) {
                map(kind).remove(instance);
            }
        }
    }

    @Override
    public String describe() {
        return "cluster " + grid.getConfig().getClusterName() + " with "
                + grid.getCluster().getMembers().size() + " member(s)";
    }
}
