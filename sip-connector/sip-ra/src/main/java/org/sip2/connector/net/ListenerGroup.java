package org.sip2.connector.net;

import java.io.IOException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
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
 * that failed is tried again at the next {@link #apply}.
 */
public final class ListenerGroup implements SipListeners.Host, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ListenerGroup.class.getName());

    private final SipListener application;
    private final Executor workers;
    private final Executor loops;
    private final Path logFile;
    private final TlsMaterial tls;
    private final Charset defaultCharset;
    private final int maxLoginAttempts;
    private final Map<String, Running> running = new LinkedHashMap<>();

    /** A definition and what became of it: a server, or why there is none. */
    private record Running(ListenerDefinition definition, SipServer server, String error) {
        ListenerState state() {
            String address = server != null ? server.address() : definition.bindAddress() + ":" + definition.port();
            return new ListenerState(definition.name(), address, server != null, error,
                    server == null ? 0 : server.connectionCount());
        }
    }

    /**
     * @param workers runs request processing
     * @param loops   runs each listener's selector loop for as long as it listens
     */
    public ListenerGroup(SipListener application, Executor workers, Executor loops, Path logFile, TlsMaterial tls,
                         Charset defaultCharset, int maxLoginAttempts) {
        this.application = application;
        this.workers = workers;
        this.loops = loops;
        this.logFile = logFile;
        this.tls = tls;
        this.defaultCharset = defaultCharset;
        this.maxLoginAttempts = maxLoginAttempts;
    }

    @Override
    public synchronized void apply(List<ListenerDefinition> definitions) {
        Map<String, ListenerDefinition> wanted = new LinkedHashMap<>();
        definitions.forEach(definition -> wanted.put(definition.name(), definition));
        // Stop first: a changed listener may move to a port a removed one frees.
        for (var iterator = running.values().iterator(); iterator.hasNext(); ) {
            Running current = iterator.next();
            if (current.server() == null || !current.definition().equals(wanted.get(current.definition().name()))) {
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
            ListenerConfig config = new ListenerConfig(definition, context, defaultCharset, maxLoginAttempts);
            server = new SipServer(config, application, workers, SipLog.open(logFile));
            server.open();
            loops.execute(server);
            LOG.info("SIP2 listener " + definition.name() + " on " + server.address() + " (" + describe(definition)
                    + ", SIP log " + logFile.toAbsolutePath() + ")");
            return new Running(definition, server, null);
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.closeUnstarted();
            }
            String reason = e instanceof UnresolvedAddressException ? "unknown bind address " + definition.bindAddress()
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.log(Level.SEVERE, "SIP2 listener " + where + " cannot listen: " + reason);
            return new Running(definition, null, reason);
        }
    }

    private static String describe(ListenerDefinition definition) {
        return definition.transport().name().toLowerCase() + (switch (definition.tls()) {
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

    @Override
    public synchronized void close() {
        new ArrayList<>(running.values()).forEach(ListenerGroup::stop);
        running.clear();
    }
}
