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
 * One SIP2 connection. The selector thread reads and frames; a worker from the executor processes
 * the queued frames strictly in order and writes each response in one write. An idle connection
 * holds no thread.
 */
final class Connection {

    /** Frames queued beyond this pause reading until the worker catches up. */
    private static final int MAX_QUEUED_FRAMES = 16;

    private final SocketChannel channel;
    private final SelectionKey key;
    private final Framer framer = new Framer();
    private final int maxFrameLength;
    private final int maxFrameLengthBeforeLogin;
    private final Session session;
    private final RequestProcessor processor;
    private final Executor workers;
    private final SipServer server;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(4096);
    private final Deque<Frame> queue = new ArrayDeque<>();
    private boolean busy;
    private boolean closing;
    private ByteBuffer pendingWrite;
    private volatile Instant lastActivity = Instant.now();
    private volatile String lastMessage = "-";
    private volatile long messageCount;

    Connection(SocketChannel channel, SelectionKey key, Session session, ListenerConfig config,
               RequestProcessor processor, Executor workers, SipServer server) {
        this.channel = channel;
        this.key = key;
        this.session = session;
        this.maxFrameLength = config.maxFrameLength();
        this.maxFrameLengthBeforeLogin = config.maxFrameLengthBeforeLogin();
        this.processor = processor;
        this.workers = workers;
        this.server = server;
    }

    Session session() {
        return session;
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

    /** Selector thread: read what is there, queue complete frames. Returns false when the peer has gone. */
    boolean onReadable() throws IOException, Framer.FrameTooLongException {
        readBuffer.clear();
        int read = channel.read(readBuffer);
        if (read < 0) {
            return false;
        }
        readBuffer.flip();
        // Before login a peer may send little: a terminal's 93 and 99 are short.
        framer.feed(readBuffer, session.loggedIn() ? maxFrameLength : maxFrameLengthBeforeLogin, this::enqueue);
        return true;
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
        if (busy || closing || pendingWrite != null || queue.isEmpty()) {
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
                frame = queue.poll();
                if (frame == null || closing) {
                    busy = false;
                    return;
                }
                if (queue.size() < MAX_QUEUED_FRAMES / 2) {
                    server.resumeReading(key);
                }
            }
            RequestProcessor.Outcome outcome = processor.process(session, frame);
            messageCount++;
            lastMessage = frame.bytes().length >= 2 ? new String(frame.bytes(), 0, 2, session.charset()) : "??";
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
        ByteBuffer buffer = ByteBuffer.wrap(response);
        try {
            channel.write(buffer);
        } catch (IOException e) {
            server.close(this, "write failed: " + e.getMessage());
            return false;
        }
        if (!buffer.hasRemaining()) {
            return true;
        }
        synchronized (this) {
            pendingWrite = buffer;
            busy = false;
        }
        server.awaitWritable(key);
        return false;
    }

    /** Selector thread: continue a write the worker could not finish. */
    void onWritable() throws IOException {
        synchronized (this) {
            if (pendingWrite == null) {
                return;
            }
            channel.write(pendingWrite);
            if (pendingWrite.hasRemaining()) {
                return;
            }
            pendingWrite = null;
            key.interestOps((key.interestOps() | server.readInterest()) & ~SelectionKey.OP_WRITE);
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
        return !busy && queue.isEmpty() && pendingWrite == null;
    }

    void markClosing() {
        synchronized (this) {
            closing = true;
            queue.clear();
        }
    }

    SocketChannel channel() {
        return channel;
    }
}
