package org.sip2.connector.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.sip2.connector.api.SipListeners;
import org.sip2.connector.net.ListenerGroup;

/**
 * Owns the SIP2 listeners of each activated {@link org.sip2.connector.api.SipListener} endpoint. The activation's
 * settings give the first listener ({@code sip.port}, {@code sip.bind.address}); the application may then replace
 * the whole list at any time through {@link SipListeners}, and the adapter rebinds at once.
 */
@Connector(
        displayName = "SIP2 connector",
        vendorName = "SIP2 server project",
        eisType = "SIP2 self-service terminals",
        version = "1.0",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class SipResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(SipResourceAdapter.class.getName());

    private final Map<MessageEndpointFactory, ListenerGroup> groups = new ConcurrentHashMap<>();
    /**
     * On SIGTERM the listeners stop taking requests at once, in parallel with the container's own
     * shutdown, and the JVM waits for them to answer what they received and flush the SIP log.
     */
    private final Thread stopListenersAtExit =
            Thread.ofPlatform().name("sip-listeners-stop").unstarted(this::stopAll);

    private WorkManager workManager;

    @Override
    public void start(BootstrapContext context) {
        this.workManager = context.getWorkManager();
        Runtime.getRuntime().addShutdownHook(stopListenersAtExit);
        LOG.info("SIP2 resource adapter started");
    }

    @Override
    public void stop() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopListenersAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
        stopAll();
        groups.values().forEach(this::close);
        groups.clear();
        LOG.info("SIP2 resource adapter stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        SipActivationSpec settings = (SipActivationSpec) spec;
        settings.validate();
        SyslogSettings syslog = settings.syslog();
        ListenerGroup group = new ListenerGroup(
                new EndpointListener(factory),
                new RequestLimit(new WorkManagerExecutor(workManager), settings.requestsAtOnce()),
                this::runForever,
                settings.logPath(),
                syslog == null ? null : syslog::handler,
                settings.tlsMaterial(),
                settings.charset(),
                settings.loginAttempts(),
                settings.shutdownGrace());
        groups.put(factory, group);
        // What the application configured already wins over the activation's single listener.
        group.apply(SipListeners.attach(group).orElse(List.of(settings.toDefinition())));
        LOG.info("SIP2 endpoint " + factory.getEndpointClass().getName() + " activated; SIP log: "
                + (settings.logPath() == null ? "" : settings.logPath().toAbsolutePath() + " ")
                + (syslog == null ? "" : "syslog " + syslog.protocol() + "://" + syslog.host() + ":" + syslog.port())
                + "; listeners: " + group.states());
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        ListenerGroup group = groups.remove(factory);
        if (group != null) {
            close(group);
        }
    }

    /** Drains every group's listeners in parallel. */
    private void stopAll() {
        groups.values().parallelStream().forEach(ListenerGroup::stop);
    }

    private void close(ListenerGroup group) {
        SipListeners.detach(group);
        group.close();
    }

    /** A selector loop runs for as long as its listener listens, on a thread of the adapter's pool. */
    private void runForever(Runnable loop) {
        try {
            workManager.scheduleWork(
                    new Work() {
                        @Override
                        public void run() {
                            loop.run();
                        }

                        @Override
                        public void release() {
                            // the listener group stops its loops when the endpoint is deactivated
                        }
                    },
                    WorkManager.INDEFINITE,
                    null,
                    null);
        } catch (WorkException e) {
            throw new RejectedExecutionException("No thread for the SIP2 listener: " + e.getMessage(), e);
        }
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }
}
