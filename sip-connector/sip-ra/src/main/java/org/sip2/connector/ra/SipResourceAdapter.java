package org.sip2.connector.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.sip2.connector.net.SipLog;
import org.sip2.connector.net.SipServer;

/** Owns the SIP2 listeners: one per activated {@link org.sip2.connector.api.SipListener} endpoint. */
@Connector(displayName = "SIP2 connector", vendorName = "SIP2 server project", eisType = "SIP2 self-service terminals",
        version = "1.0", transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class SipResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(SipResourceAdapter.class.getName());

    private final Map<MessageEndpointFactory, SipServer> servers = new ConcurrentHashMap<>();
    /**
     * On SIGTERM the listeners stop taking requests at once, in parallel with the container's own
     * shutdown, and the JVM waits for them to answer what they received and flush the SIP log.
     */
    private final Thread stopListenersAtExit = Thread.ofPlatform().name("sip-listeners-stop").unstarted(this::stopAll);
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
        LOG.info("SIP2 resource adapter stopped");
    }

    private void stopAll() {
        servers.values().parallelStream().forEach(SipServer::close);
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        SipActivationSpec settings = (SipActivationSpec) spec;
        settings.validate();
        SyslogSettings syslog = settings.syslog();
        SipServer server = new SipServer(settings.toListenerConfig(), new EndpointListener(factory),
                new WorkManagerExecutor(workManager),
                SipLog.open(settings.logPath(), syslog == null ? null : syslog::handler));
        try {
            server.open();
        } catch (IOException e) {
            server.closeUnstarted();
            throw new ResourceAdapterInternalException("Cannot listen for SIP2 on " + settings.getBindAddress() + ":" + settings.getPort()
                    + ": " + e.getMessage(), e);
        }
        try {
            workManager.scheduleWork(new Work() {
                @Override
                public void run() {
                    server.run();
                }

                @Override
                public void release() {
                    server.close();
                }
            }, WorkManager.INDEFINITE, null, null);
        } catch (WorkException e) {
            server.closeUnstarted();
            throw new ResourceAdapterInternalException("No thread for the SIP2 listener", e);
        }
        servers.put(factory, server);
        LOG.info("SIP2 listener for " + factory.getEndpointClass().getName() + " on " + server.address()
                + " (SIP log: " + (settings.logPath() == null ? "" : settings.logPath().toAbsolutePath() + " ")
                + (syslog == null ? "" : "syslog " + syslog.protocol() + "://" + syslog.host() + ":" + syslog.port())
                + ")");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        SipServer server = servers.remove(factory);
        if (server != null) {
            server.close();
            LOG.info("SIP2 listener on " + server.address() + " stopped");
        }
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }
}
