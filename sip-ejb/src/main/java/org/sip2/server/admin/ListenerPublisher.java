package org.sip2.server.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sip2.connector.api.ListenerDefinition;
import org.sip2.connector.api.SipListeners;
import org.sip2.server.cluster.Cluster;
import org.sip2.server.cluster.ClusterNotice;
import org.sip2.server.domain.Listener;
import org.sip2.server.monitoring.SipMetrics;

/**
 * Tells the connector which listeners this instance binds ({@link InstanceListeners}): at start-up, after every
 * change committed here, and when another instance says it committed one ({@link ClusterNotice.ListenersChanged}).
 * The first start makes the listener {@value #FROM_SETTINGS} from the listener settings ({@code sip.port},
 * {@code sip.bind.address} and the limits, docs/configuration.md); that listener's bind address and port follow each
 * instance's {@code sip.bind.address} and {@code sip.port}, so the README's commands stay true.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class ListenerPublisher {

    /** The name the connector gives the listener of its activation, so that the first publish needs no rebind. */
    static final String FROM_SETTINGS = "default";

    private static final Logger LOG = Logger.getLogger(ListenerPublisher.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    SipMetrics metrics;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "sip.bind.address", defaultValue = "0.0.0.0")
    String bindAddress;

    @Inject
    @ConfigProperty(name = "sip.port", defaultValue = "6001")
    int port;

    @Inject
    @ConfigProperty(name = "sip.login.timeout", defaultValue = "60")
    int loginTimeout;

    @Inject
    @ConfigProperty(name = "sip.idle.timeout", defaultValue = "0")
    int idleTimeout;

    @Inject
    @ConfigProperty(name = "sip.max.frame.length", defaultValue = "16384")
    int maxFrameLength;

    @Inject
    @ConfigProperty(name = "sip.max.frame.length.before.login", defaultValue = "1024")
    int maxFrameLengthBeforeLogin;

    @Inject
    @ConfigProperty(name = "sip.max.connections", defaultValue = "10000")
    int maxConnections;

    @Inject
    @ConfigProperty(name = "sip.max.connections.per.address", defaultValue = "1000")
    int maxConnectionsPerAddress;

    @PostConstruct
    void start() {
        List<Listener> fromSettings = em.createQuery(
                        "select l from Listener l where l.fromSettings = true", Listener.class)
                .getResultList();
        if (fromSettings.isEmpty()) {
            if (em.createQuery("select count(l) from Listener l", Long.class).getSingleResult() == 0) {
                Listener first = new Listener(FROM_SETTINGS, true);
                int frame = Math.max(64, maxFrameLength);
                first.change(
                        true,
                        bindAddress,
                        port,
                        "RAW",
                        "OFF",
                        loginTimeout,
                        idleTimeout,
                        Math.clamp(maxFrameLengthBeforeLogin, 64, frame),
                        frame,
                        Math.max(1, maxConnections),
                        Math.max(1, maxConnectionsPerAddress),
                        "",
                        "");
                em.persist(first);
                LOG.info("SIP2 listener " + FROM_SETTINGS + " created from sip.bind.address and sip.port");
            }
        } else {
            fromSettings.forEach(listener -> listener.bindTo(bindAddress, port));
        }
        em.flush();
        publish();
    }

    /** After a change has committed here: read the listeners again, bind this instance's, tell the others. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListenersChanged change) {
        LOG.info("SIP2 listener " + change.name() + " changed");
        publish();
        cluster.publishToOthers(new ClusterNotice.ListenersChanged());
    }

    /** Another instance committed a change: read the listeners again and bind this instance's. */
    public void changedElsewhere(@Observes ClusterNotice.ListenersChanged change) {
        LOG.info("SIP2 listeners changed on another instance");
        publish();
    }

    private void publish() {
        InstanceListeners mine = new InstanceListeners(cluster.instance(), bindAddress, port);
        List<ListenerDefinition> definitions = new ArrayList<>();
        for (ListenerForm listener : mine.of(em.createQuery("select l from Listener l order by l.name", Listener.class)
                .getResultList())) {
            try {
                definitions.add(listener.toDefinition());
            } catch (AdminException e) {
                LOG.log(Level.SEVERE, "SIP2 listener " + listener.name() + " is not started: " + e.getMessage());
            }
        }
        SipListeners.configure(definitions);
        metrics.listenersConfigured(
                definitions.stream().map(ListenerDefinition::name).toList());
    }
}
