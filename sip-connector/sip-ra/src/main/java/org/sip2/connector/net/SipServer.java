package org.sip2.connector.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.sip2.connector.api.ListenerTls;
import org.sip2.connector.api.LiveConnection;
import org.sip2.connector.api.SipConnections;
import org.sip2.connector.api.SipListener;

/**
 * One SIP2 listener: a selector loop ({@link #run()}) that accepts connections (plain or TLS, raw or telnet, from the
 * allowed address ranges), reads and frames requests, finishes slow writes and enforces the login and idle
 * timeouts; the login timeout also ends a TLS handshake that never finishes. Requests are processed on
 * {@code workers}. {@link #close()} stops accepting and reading, lets the requests already received be answered
 * (for at most {@link ListenerConfig#shutdownGrace()}), then closes every connection and lets go of the SIP log.
 */
public final class SipServer implements Runnable, AutoCloseable, SipConnections.Listener {

    private static final Logger LOG = Logger.getLogger(SipServer.class.getName());
    private static final AtomicLong CONNECTION_IDS = new AtomicLong();
    private static final String[] TLS_PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private final ListenerConfig config;
    private final Executor workers;
    private final SipLog log;
    private final AtomicBoolean logReleased = new AtomicBoolean();
    private final RequestProcessor processor;
    private final Map<SocketChannel, Connection> connections = new ConcurrentHashMap<>();
    /** Open connections per remote address, for sip.max.connections.per.address. */
    private final Map<String, Integer> perAddress = new ConcurrentHashMap<>();

    private final Queue<Runnable> selectorTasks = new ConcurrentLinkedQueue<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean draining = new AtomicBoolean();
    private final CountDownLatch drained = new CountDownLatch(1);
    private Selector selector;
    private ServerSocketChannel serverChannel;
    private volatile boolean running;
    private volatile Instant lastLoop = Instant.now();

    public SipServer(ListenerConfig config, SipListener listener, Executor workers, SipLog log) {
        this.config = config;
        this.workers = workers;
        this.log = log;
        this.processor = new RequestProcessor(config.name(), listener, log, config.maxLoginAttempts());
    }

    /** Binds the listening socket; call before handing {@link #run()} to a thread. */
    public void open() throws IOException {
        selector = Selector.open();
        serverChannel = ServerSocketChannel.open();
        serverChannel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        serverChannel.bind(new InetSocketAddress(config.bindAddress(), config.port()), 256);
        serverChannel.configureBlocking(false);
        serverChannel.register(selector, SelectionKey.OP_ACCEPT);
        running = true;
        SipConnections.register(this);
    }

    /** The port actually bound (useful when configured as 0). */
    public int port() {
        return ((InetSocketAddress) serverChannel.socket().getLocalSocketAddress()).getPort();
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public String address() {
        return config.bindAddress() + ":" + port();
    }

    /** Connections open now. */
    public int connectionCount() {
        return connections.size();
    }

    /** Whether it holds its port and accepts connections: false once it has begun to stop. */
    public boolean bound() {
        return running && !draining.get() && serverChannel.isOpen();
    }

    @Override
    public Instant lastLoop() {
        return lastLoop;
    }

    @Override
    public List<LiveConnection> sessions() {
        String listener = address();
        return connections.values().stream()
                .map(connection -> {
                    ConnectionState state = connection.state();
                    return new LiveConnection(
                            state.id(),
                            listener,
                            state.terminal() == null ? null : state.terminal().loginId(),
                            state.remoteAddress(),
                            state.connectedAt(),
                            connection.lastMessage(),
                            connection.lastActivity(),
                            connection.messageCount());
                })
                .toList();
    }

    @Override
    public boolean disconnect(long sessionId) {
        for (Connection connection : connections.values()) {
            if (connection.state().id() == sessionId) {
                close(connection, "disconnected from the console");
                return true;
            }
        }
        return false;
    }

    @Override
    public int disconnectTerminal(String loginId) {
        int closed = 0;
        for (Connection connection : connections.values()) {
            if (connection.state().terminal() != null
                    && connection.state().terminal().loginId().equals(loginId)) {
                close(connection, "terminal account " + loginId + " disabled");
                closed++;
            }
        }
        return closed;
    }

    @Override
    public void run() {
        Instant lastSweep = Instant.now();
        try {
            while (running) {
                lastLoop = Instant.now();
                selector.select(1000);
                for (Runnable task; (task = selectorTasks.poll()) != null; ) {
                    task.run();
                }
                for (var iterator = selector.selectedKeys().iterator(); iterator.hasNext(); ) {
                    SelectionKey key = iterator.next();
                    iterator.remove();
                    handle(key);
                }
                if (Duration.between(lastSweep, Instant.now()).toMillis() >= 1000) {
                    lastSweep = Instant.now();
                    closeTimedOut(lastSweep);
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            if (running) {
                LOG.log(
                        Level.SEVERE,
                        "SIP listener " + config.name() + " on " + config.bindAddress() + ":" + config.port()
                                + " failed",
                        e);
            }
        } finally {
            stopAccepting();
            stopped.countDown();
        }
    }

    private void handle(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        if (key.isAcceptable()) {
            accept();
            return;
        }
        Connection connection = (Connection) key.attachment();
        try {
            if (key.isWritable()) {
                connection.onWritable();
            }
            if (key.isValid() && key.isReadable() && !connection.onReadable()) {
                int unfinished = connection.unfinishedFrameBytes();
                close(
                        connection,
                        unfinished > 0
                                ? "closed by the peer with " + unfinished + " bytes unterminated"
                                : "closed by the peer");
            }
        } catch (Framer.FrameTooLongException e) {
            String limit = connection.state().loggedIn() ? "sip.max.frame.length" : "sip.max.frame.length.before.login";
            close(connection, "request too long: " + e.getMessage() + " (limit " + limit + ")");
        } catch (SSLException e) {
            close(connection, (connection.established() ? "TLS error: " : "TLS handshake failed: ") + e.getMessage());
        } catch (IOException e) {
            close(connection, "I/O error: " + e.getMessage());
        }
    }

    private void accept() {
        SocketChannel channel;
        try {
            channel = serverChannel.accept();
            if (channel == null) {
                return;
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "accept failed", e);
            return;
        }
        try {
            InetAddress remoteAddress = ((InetSocketAddress) channel.getRemoteAddress()).getAddress();
            String remote = remoteAddress.getHostAddress();
            ConnectionState state = new ConnectionState(
                    CONNECTION_IDS.incrementAndGet(), remote, config.defaultCharset(), config.telnet());
            if (!config.definition().allows(remoteAddress)) {
                log.event(state, "refused: " + remote + " is outside the allowed ranges of listener " + config.name());
                channel.close();
                return;
            }
            if (connections.size() >= config.maxConnections()) {
                log.event(state, "refused: " + config.maxConnections() + " connections open (sip.max.connections)");
                channel.close();
                return;
            }
            if (perAddress.getOrDefault(remote, 0) >= config.maxConnectionsPerAddress()) {
                log.event(
                        state,
                        "refused: " + config.maxConnectionsPerAddress() + " connections open from " + remote
                                + " (sip.max.connections.per.address)");
                channel.close();
                return;
            }
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            Connection connection =
                    new Connection(channel, key, wire(channel), state, config, processor, workers, this);
            key.attach(connection);
            connections.put(channel, connection);
            perAddress.merge(remote, 1, Integer::sum);
            log.event(state, "connected to listener " + config.name());
            connection.start();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not set up a SIP connection", e);
            closeQuietly(channel);
        }
    }

    private Wire wire(SocketChannel channel) throws IOException {
        if (config.tlsContext() == null) {
            return new PlainWire(channel);
        }
        SSLEngine engine = config.tlsContext().createSSLEngine();
        engine.setUseClientMode(false);
        engine.setEnabledProtocols(TLS_PROTOCOLS);
        engine.setNeedClientAuth(config.definition().tls() == ListenerTls.CLIENT_CERTIFICATE);
        return new TlsWire(channel, engine);
    }

    private void closeTimedOut(Instant now) {
        for (Connection connection : connections.values()) {
            ConnectionState state = connection.state();
            if (!connection.established() && expired(config.loginTimeout(), state.connectedAt(), now)) {
                close(
                        connection,
                        "no TLS handshake within " + config.loginTimeout().toSeconds() + " s (login timeout)");
            } else if (!state.loggedIn() && expired(config.loginTimeout(), state.connectedAt(), now)) {
                close(connection, "no login within " + config.loginTimeout().toSeconds() + " s (sip.login.timeout)");
            } else if (state.loggedIn() && expired(config.idleTimeout(), connection.lastActivity(), now)) {
                close(connection, "idle for " + config.idleTimeout().toSeconds() + " s (sip.idle.timeout)");
            }
        }
    }

    private static boolean expired(Duration timeout, Instant since, Instant now) {
        return !timeout.isZero() && since.plus(timeout).isBefore(now);
    }

    /** Any thread: close one connection, once, with the reason in the SIP log. */
    void close(Connection connection, String reason) {
        if (connections.remove(connection.channel()) == null) {
            return;
        }
        perAddress.computeIfPresent(connection.state().remoteAddress(), (ip, open) -> open > 1 ? open - 1 : null);
        connection.markClosing();
        log.event(connection.state(), reason);
        closeQuietly(connection.channel());
        if (!running && connections.isEmpty()) {
            drained.countDown();
        }
    }

    void awaitWritable(SelectionKey key) {
        onSelector(() -> {
            if (key.isValid()) {
                key.interestOps(SelectionKey.OP_WRITE);
            }
        });
    }

    void resumeReading(SelectionKey key) {
        if (key.isValid() && (key.interestOps() & SelectionKey.OP_READ) == 0 && !draining.get()) {
            onSelector(() -> {
                if (key.isValid() && (key.interestOps() & SelectionKey.OP_WRITE) == 0) {
                    key.interestOps(readInterest());
                }
            });
        }
    }

    /** OP_READ while running; nothing once stopping, when no new request is taken. */
    int readInterest() {
        return draining.get() ? 0 : SelectionKey.OP_READ;
    }

    private void onSelector(Runnable task) {
        selectorTasks.add(task);
        selector.wakeup();
    }

    /** Drains and closes; a second caller (the container and the JVM's exit may both stop it) waits for the first. */
    @Override
    public void close() {
        long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
        if (draining.compareAndSet(false, true) && running) {
            drain(deadline);
        }
        running = false;
        if (selector != null) {
            selector.wakeup();
        }
        try {
            if (!stopped.await(config.shutdownGrace().toSeconds() + 5, TimeUnit.SECONDS)) {
                LOG.warning("SIP listener " + config.name() + " did not stop within "
                        + (config.shutdownGrace().toSeconds() + 5) + " s");
                stopAccepting();
            }
            if (!drained.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                LOG.warning("SIP listener " + config.name() + ": requests still running after "
                        + config.shutdownGrace().toSeconds() + " s (sip.shutdown.grace.seconds): closing them");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeAll();
        releaseLog();
    }

    /**
     * Stops accepting and reading, and waits until every request already read has been answered and
     * its reply written, or the grace period is over: a terminal gets the reply to what it sent
     * before the stop, and none gets a reply cut short.
     */
    private void drain(long deadline) {
        onSelector(() -> {
            closeQuietly(serverChannel);
            for (Connection connection : connections.values()) {
                connection.stopReading();
            }
        });
        try {
            while (!connections.values().stream().allMatch(Connection::idle) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Selector thread as its loop ends: no new connections, idle ones close now, busy ones after their request. */
    private void stopAccepting() {
        SipConnections.unregister(this);
        closeQuietly(serverChannel);
        for (Connection connection : new ArrayList<>(connections.values())) {
            if (connection.closeAfterCurrentRequest()) {
                close(connection, "listener stopped");
            }
        }
        closeQuietly(selector);
        if (connections.isEmpty()) {
            drained.countDown();
        }
    }

    /** For a listener whose {@link #run()} never started. */
    public void closeUnstarted() {
        running = false;
        closeAll();
        releaseLog();
    }

    /** After the last event of this listener ("listener stopped"); close may be called more than once. */
    private void releaseLog() {
        if (logReleased.compareAndSet(false, true)) {
            log.close();
        }
    }

    private void closeAll() {
        SipConnections.unregister(this);
        for (Connection connection : new ArrayList<>(connections.values())) {
            close(connection, "listener stopped");
        }
        closeQuietly(serverChannel);
        closeQuietly(selector);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "close failed", e);
        }
    }
}
