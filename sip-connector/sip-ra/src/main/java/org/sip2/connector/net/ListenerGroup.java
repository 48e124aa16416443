package org.sip2.connector.net;

import java.io.IOException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.sip2.connector.api.ListenerDefinition;
import org.sip2.connector.api.ListenerState;
import org.sip2.connector.api.ListenerTls;
import org.sip2.connector.api.SipListener;
import org.sip2.connector.api.SipListeners;

/**
 * The running listeners of one application, kept in step with its definitions: {@link #apply} binds a new listener
 * at once, stops a removed one and rebinds a changed one; one that cannot bind (port in use, bad address, no
 * keystore) is reported in its {@link ListenerState} and the server log, and the others keep running. A listener
 * that failed is tried again at the next {@link #apply}. {@link #stop()} (the application or the JVM stopping)
 * drains all listeners in parallel and ends the group.
 */
public final class ListenerGroup implements SipListeners.Host, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ListenerGroup.class.getName());

    private final SipListener application;
    private final Executor workers;
    private final Executor loops;
    private final Path logFile;
    private final Supplier<Handler> syslog;
    private final TlsMaterial tls;
    private final Charset defaultCharset;
    private final int maxLoginAttempts;
    private final Duration shutdownGrace;
    private final Map<String, Running> running = new LinkedHashMap<>();

    /** A definition and what became of it: a server, or why there is none. */
    private record Running(ListenerDefinition definition, SipServer server, String error) {
        ListenerState state() {
            String address = server != null ? server.address() : definition.bindAddress() + ":" + definition.port();
            return new ListenerState(
                    definition.name(),
                    address,
                    server != null && server.bound(),
                    error,
                    server == null ? 0 : server.connectionCount());
        }
    }

    private boolean stopped;

    /**
     * @param workers runs request processing
     * @param loops   runs each listener's selector loop for as long as it listens
     * @param logFile the SIP log's file, or null when it goes to syslog only
     * @param syslog  makes the handler that sends the SIP log to syslog, or null when it does not go there
     */
    public ListenerGroup(
            SipListener application,
            Executor workers,
            Executor loops,
            Path logFile,
            Supplier<Handler> syslog,
            TlsMaterial tls,
            Charset defaultCharset,
            int maxLoginAttempts,
            Duration shutdownGrace) {
        this.application = application;
        this.workers = workers;
        this.loops = loops;
        this.logFile = logFile;
        this.syslog = syslog;
        this.tls = tls;
        this.defaultCharset = defaultCharset;
        this.maxLoginAttempts = maxLoginAttempts;
        this.shutdownGrace = shutdownGrace;
    }

    @Override
    public synchronized void apply(List<ListenerDefinition> definitions) {
        if (stopped) {
            return;
        }
        Map<String, ListenerDefinition> wanted = new LinkedHashMap<>();
        definitions.forEach(definition -> wanted.put(definition.name(), definition));
        // Stop first: a changed listener may move to a port a removed one frees.
        for (var iterator = running.values().iterator(); iterator.hasNext(); ) {
            Running current = iterator.next();
            if (current.server() == null
                    || !current.definition()
                            .equals(wanted.get(current.definition().name()))) {
                stop(current);
                iterator.remove();
            }
        }
        Map<String, Running> next = new LinkedHashMap<>();
        for (ListenerDefinition definition : wanted.values()) {
            Running kept = running.get(definition.name());
            next.put(definition.name(), kept != null ? kept : start(definition));
        }
        running.clear();
        running.putAll(next);
    }

    @Override
    public synchronized List<ListenerState> states() {
        return running.values().stream().map(Running::state).toList();
    }

    private Running start(ListenerDefinition definition) {
        String where = definition.name() + " on " + definition.bindAddress() + ":" + definition.port();
        SipServer server = null;
        try {
            SSLContext context = definition.tls() == ListenerTls.OFF ? null : tls.context(definition.tls());
            ListenerConfig config =
                    new ListenerConfig(definition, context, defaultCharset, maxLoginAttempts, shutdownGrace);
            server = new SipServer(config, application, workers, SipLog.open(logFile, syslog));
            server.open();
            loops.execute(server);
            LOG.info("SIP2 listener " + definition.name() + " on " + server.address() + " (" + describe(definition)
                    + ")");
            return new Running(definition, server, null);
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.closeUnstarted();
            }
            String reason = e instanceof UnresolvedAddressException
                    ? "unknown bind address " + definition.bindAddress()
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.log(Level.SEVERE, "SIP2 listener " + where + " cannot listen: " + reason);
            return new Running(definition, null, reason);
        }
    }

    private static String describe(ListenerDefinition definition) {
        return definition.transport().name().toLowerCase()
                + (switch (definition.tls()) {
                    case OFF -> "";
                    case ON -> ", TLS";
                    case CLIENT_CERTIFICATE -> ", TLS with client certificates";
                });
    }

    private static void stop(Running current) {
        if (current.server() != null) {
            String address = current.server().address();
            current.server().close();
            LOG.info("SIP2 listener " + current.definition().name() + " on " + address + " stopped");
        }
    }

    /**
     * Stops all listeners at once, without holding the group's lock while they drain: the states go on answering
     * (a draining listener is not bound). A second caller (the application's stop and the JVM's exit) waits for
     * each listener as the first does.
     */
    @Override
    public void stop() {
        List<Running> stopping;
        synchronized (this) {
            stopped = true;
            stopping = new ArrayList<>(running.values());
        }
        stopping.parallelStream().forEach(ListenerGroup::stop);
        synchronized (this) {
            running.clear();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
