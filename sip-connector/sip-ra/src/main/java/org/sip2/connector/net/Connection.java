package org.sip2.connector.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One SIP2 connection. The selector thread reads (through the {@link Wire}: plain or TLS) and frames; a worker from
 * the executor processes the queued frames strictly in order and writes each response in one write. An idle
 * connection holds no thread.
 */
final class Connection {

    /** Frames queued beyond this pause reading until the worker catches up. */
    private static final int MAX_QUEUED_FRAMES = 16;

    private final SocketChannel channel;
    private final SelectionKey key;
    private final Wire wire;
    private final TelnetFilter telnet;
    private final Framer framer = new Framer();
    private final int maxFrameLength;
    private final int maxFrameLengthBeforeLogin;
    private final ConnectionState state;
    private final RequestProcessor processor;
    private final Executor workers;
    private final SipServer server;
    private final Deque<Frame> queue = new ArrayDeque<>();
    private boolean busy;
    private boolean closing;
    /** The listener stops: close once the request in progress has been answered. */
    private boolean closeAfterCurrent;

    private boolean pendingWrite;
    /** Whether the session knows the outcome of the TLS handshake (the client's certificate). */
    private boolean handshakeNoted;

    private volatile Instant lastActivity = Instant.now();
    private volatile String lastMessage = "-";
    private volatile long messageCount;

    Connection(
            SocketChannel channel,
            SelectionKey key,
            Wire wire,
            ConnectionState state,
            ListenerConfig config,
            RequestProcessor processor,
            Executor workers,
            SipServer server) {
        this.channel = channel;
        this.key = key;
        this.wire = wire;
        this.telnet = config.telnet() ? new TelnetFilter() : null;
        this.state = state;
        this.maxFrameLength = config.maxFrameLength();
        this.maxFrameLengthBeforeLogin = config.maxFrameLengthBeforeLogin();
        this.processor = processor;
        this.workers = workers;
        this.server = server;
    }

    ConnectionState state() {
        return state;
    }

    Instant lastActivity() {
        return lastActivity;
    }

    String lastMessage() {
        return lastMessage;
    }

    long messageCount() {
        return messageCount;
    }

    /** Selector thread, once accepted: a telnet listener prompts for the login. */
    void start() {
        if (telnet != null) {
            write(RequestProcessor.TELNET_LOGIN_PROMPT.getBytes(state.charset()));
        }
    }

    /** Selector thread: read what is there, queue complete frames. Returns false when the peer has gone. */
    boolean onReadable() throws IOException, Framer.FrameTooLongException {
        ByteBuffer data = wire.read();
        if (data == null) {
            return false;
        }
        consume(data);
        return true;
    }

    private void consume(ByteBuffer data) throws Framer.FrameTooLongException {
        if (!handshakeNoted && wire.established()) {
            handshakeNoted = true;
            state.clientCertificate(wire.peerSubject());
        }
        if (wire.pendingOutput()) {
            synchronized (this) {
                pendingWrite = true; // a handshake message the socket did not take yet
                key.interestOps(SelectionKey.OP_WRITE);
            }
        }
        if (telnet != null) {
            data = telnet.filter(data);
        }
        // Before login a peer may send little: a terminal's 93 and 99 are short.
        framer.feed(data, state.loggedIn() ? maxFrameLength : maxFrameLengthBeforeLogin, this::enqueue);
    }

    /** Whether a TLS handshake is done (always true without TLS). */
    boolean established() {
        return wire.established();
    }

    int unfinishedFrameBytes() {
        return framer.pending();
    }

    private void enqueue(Frame frame) {
        lastActivity = Instant.now();
        synchronized (this) {
            queue.add(frame);
            if (queue.size() >= MAX_QUEUED_FRAMES && key.isValid()) {
                key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
            }
            startWorkerIfIdle();
        }
    }

    /** Called with the lock held. */
    private void startWorkerIfIdle() {
        if (busy || closing || closeAfterCurrent || pendingWrite || queue.isEmpty()) {
            return;
        }
        busy = true;
        try {
            workers.execute(this::drain);
        } catch (RejectedExecutionException e) {
            busy = false;
            server.close(this, "no worker available: " + e.getMessage());
        }
    }

    /** Worker: process queued frames in order until the queue is empty or a write must wait. */
    private void drain() {
        while (true) {
            Frame frame;
            synchronized (this) {
                frame = closeAfterCurrent ? null : queue.poll();
                if (frame == null || closing) {
                    busy = false;
                    if (closeAfterCurrent && !closing) {
                        server.close(this, "listener stopped");
                    }
                    return;
                }
                if (queue.size() < MAX_QUEUED_FRAMES / 2) {
                    server.resumeReading(key);
                }
            }
            RequestProcessor.Outcome outcome = processor.process(state, frame);
            messageCount++;
            lastMessage = frame.bytes().length >= 2 ? new String(frame.bytes(), 0, 2, state.charset()) : "??";
            lastActivity = Instant.now();
            if (outcome.close()) {
                write(outcome.response());
                server.close(this, "closed by the application");
                return;
            }
            if (outcome.response() != null && !write(outcome.response())) {
                return; // the selector finishes the write and restarts the worker
            }
        }
    }

    /** Writes in one call; if the socket buffer is full, hands the rest to the selector. */
    private boolean write(byte[] response) {
        if (response == null) {
            return true;
        }
        try {
            if (wire.write(response)) {
                return true;
            }
        } catch (IOException e) {
            server.close(this, "write failed: " + e.getMessage());
            return false;
        }
        synchronized (this) {
            pendingWrite = true;
            busy = false;
        }
        server.awaitWritable(key);
        return false;
    }

    /** Selector thread: continue a write that could not finish, then whatever waited for it. */
    void onWritable() throws IOException, Framer.FrameTooLongException {
        synchronized (this) {
            if (!pendingWrite || !wire.flush()) {
                return;
            }
            pendingWrite = false;
            key.interestOps((key.interestOps() | server.readInterest()) & ~SelectionKey.OP_WRITE);
        }
        consume(wire.readBuffered()); // a TLS handshake may go on with bytes already received
        synchronized (this) {
            startWorkerIfIdle();
        }
    }

    /** Selector thread, when the listener stops: take no further request from this peer. */
    void stopReading() {
        if (key.isValid()) {
            key.interestOps(key.interestOps() & ~SelectionKey.OP_READ);
        }
    }

    /** Nothing received is waiting for its answer, and no reply is half written. */
    synchronized boolean idle() {
        return !busy && queue.isEmpty() && !pendingWrite;
    }

    /**
     * The listener stops: an idle connection is closed now (true), a busy one after the response to the request it
     * is processing (false); queued requests are dropped, the terminal resends them elsewhere.
     */
    boolean closeAfterCurrentRequest() {
        synchronized (this) {
            queue.clear();
            closeAfterCurrent = true;
            return !busy;
        }
    }

    void markClosing() {
        synchronized (this) {
            closing = true;
            queue.clear();
        }
        wire.closeOutbound();
    }

    SocketChannel channel() {
        return channel;
    }
}
