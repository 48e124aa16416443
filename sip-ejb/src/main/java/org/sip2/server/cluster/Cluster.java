package org.sip2.server.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sip2.connector.api.ListenerState;
import org.sip2.connector.api.LiveConnection;
import org.sip2.connector.api.SipConnections;
import org.sip2.connector.api.SipListeners;

/**
 * This instance's place among the server instances: publishes {@link ClusterNotice}s to all of
 * them (itself included) and gathers the live SIP sessions and the listeners' states of all of
 * them. Uses the Hazelcast data grid Payara Micro runs when clustering is on (JNDI
 * {@code payara/Hazelcast}); without it, this instance is the whole cluster.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // no state changes after start-up
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());
    /** How often an instance publishes its sessions and listeners, and how long a copy lives without a refresh. */
    private static final int PUBLISH_SECONDS = 2;

    private static final int COPY_TTL_SECONDS = 10;
    /** How long a committing request waits for this instance to have applied its notice. */
    private static final int APPLY_SECONDS = 10;

    private static final Type SESSION_LIST =
            new ArrayList<LiveConnection>() {}.getClass().getGenericSuperclass();
    private static final Type LISTENER_LIST =
            new ArrayList<ListenerState>() {}.getClass().getGenericSuperclass();

    @Inject
    @ConfigProperty(name = "sip.instance.name", defaultValue = "local")
    String instance;

    @Inject
    Event<ClusterNotice> notices;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final String sender = UUID.randomUUID().toString();
    private final Jsonb json = JsonbBuilder.create();
    private DataGrid grid;
    private ScheduledFuture<?> publishing;

    @PostConstruct
    void join() {
        grid = dataGrid();
        if (grid == null) {
            LOG.info("Single instance (clustering off): console changes and sessions stay on this instance");
            return;
        }
        grid.subscribe(this::received);
        publishing = scheduler.scheduleAtFixedRate(this::publishCopies, 0, PUBLISH_SECONDS, TimeUnit.SECONDS);
        LOG.info(() -> "Instance " + instance + " in " + grid.describe());
    }

    @PreDestroy
    void leave() {
        if (grid != null) {
            publishing.cancel(false);
            grid.leave(instance);
        }
    }

    /** The name of this instance, as the console shows it. */
    public String instance() {
        return instance;
    }

    public boolean clustered() {
        return grid != null;
    }

    /**
     * Applies the notice here and sends it to every other instance, just after the caller's transaction has committed:
     * an instance told before the commit could act on the old state (a kiosk whose connection a disabled account
     * closed could log in again before the account is stored disabled). A rolled-back change sends nothing. The caller
     * returns once this instance has applied its transaction's notices (at most {@value #APPLY_SECONDS} s), so that
     * the console's "saved" is true here when it is shown (the next 98 of a kiosk on this instance has the new
     * policy); the other instances apply them as soon as they reach them, without the caller waiting for the grid.
     */
    public void publish(ClusterNotice notice) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            notices.fire(notice);
            publishToOthers(notice);
            return;
        }
        @SuppressWarnings("unchecked")
        List<ClusterNotice> pending = (List<ClusterNotice>) transactions.getResource(AfterCommit.class);
        if (pending == null) {
            pending = new ArrayList<>();
            transactions.putResource(AfterCommit.class, pending);
            transactions.registerInterposedSynchronization(new AfterCommit(pending));
        }
        pending.add(notice);
    }

    /**
     * Sends the notice to every other instance, not applied here. Best effort: a grid that cannot
     * take it must not fail the request that sent it.
     */
    public void publishToOthers(ClusterNotice notice) {
        if (grid != null) {
            try {
                grid.publish(sender + "\n" + notice.encode());
            } catch (RuntimeException gridDown) {
                LOG.log(Level.WARNING, "Could not tell the other instances: " + notice.encode(), gridDown);
            }
        }
    }

    /**
     * After a commit only: applies a transaction's notices here, in a container thread of its own (observers may call
     * beans, which the finished transaction would refuse) while the committing thread waits for it once, then hands
     * them to the grid without waiting.
     */
    private final class AfterCommit implements Synchronization {

        private final List<ClusterNotice> pending;

        AfterCommit(List<ClusterNotice> pending) {
            this.pending = pending;
        }

        @Override
        public void beforeCompletion() {
            // nothing to check before
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                return;
            }
            List<ClusterNotice> committed = List.copyOf(pending);
            Future<?> applied = executor.submit(() -> committed.forEach(notices::fire));
            try {
                applied.get(APPLY_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException notApplied) {
                // not interrupted again: a pooled container thread; the change is stored and is applied here soon
                LOG.log(Level.WARNING, "A change was stored but not yet applied on this instance", notApplied);
            }
            if (grid != null) {
                executor.execute(() -> committed.forEach(Cluster.this::publishToOthers));
            }
        }
    }

    /**
     * The live sessions of every instance, by instance name: this one's as they are now, others' from their last copy.
     */
    public Map<String, List<LiveConnection>> sessionsByInstance() {
        return byInstance(DataGrid.Copy.SESSIONS, SESSION_LIST, SipConnections.all());
    }

    /**
     * The states of the listeners of every instance, by instance name: this one's as they are now, others' from their
     * last copy (at most {@value #PUBLISH_SECONDS} s old).
     */
    public Map<String, List<ListenerState>> listenersByInstance() {
        return byInstance(DataGrid.Copy.LISTENERS, LISTENER_LIST, SipListeners.states());
    }

    private <T> Map<String, List<T>> byInstance(DataGrid.Copy kind, Type listType, List<T> here) {
        Map<String, List<T>> all = new TreeMap<>();
        if (grid != null) {
            grid.copies(kind).forEach((name, list) -> all.put(name, json.fromJson(list, listType)));
        }
        all.put(instance, here);
        return all;
    }

    private void received(String message) {
        int newline = message.indexOf('\n');
        if (newline < 0 || message.substring(0, newline).equals(sender)) {
            return; // our own notice, applied when published
        }
        ClusterNotice.decode(message.substring(newline + 1))
                .ifPresentOrElse(
                        // in a container thread: observers may use the application's beans
                        notice -> executor.execute(() -> notices.fire(notice)),
                        () -> LOG.warning(
                                "Ignored a cluster notice of an unknown kind (an instance of another version?)"));
    }

    private void publishCopies() {
        try {
            grid.putCopy(DataGrid.Copy.SESSIONS, instance, json.toJson(SipConnections.all()), COPY_TTL_SECONDS);
            grid.putCopy(DataGrid.Copy.LISTENERS, instance, json.toJson(SipListeners.states()), COPY_TTL_SECONDS);
        } catch (RuntimeException gridDown) {
            LOG.log(Level.FINE, "Could not publish this instance's sessions and listeners", gridDown);
        }
    }

    /** The data grid, or null: clustering off, or no Hazelcast in this server at all (a GlassFish domain). */
    private static DataGrid dataGrid() {
        try {
            return HazelcastGrid.find().orElse(null);
        } catch (NamingException | LinkageError notClustered) {
            LOG.log(Level.FINE, "No Hazelcast data grid", notClustered);
            return null;
        }
    }
}
