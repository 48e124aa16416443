package org.sip2.connector.net;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The dedicated SIP log: one line per request and response (time, terminal, remote address,
 * connection, message types, milliseconds, and the messages with CO, AC and AD masked), plus
 * connection events. Appended to its own file (exactly the configured name), not to the server log.
 *
 * <p>A worker never waits for the disk: it puts its line in a bounded queue, and one writer thread
 * per file writes the lines in order, flushing whenever the queue runs empty. When the queue is full
 * the line is dropped and counted, and the writer records how many were lost. {@link #close()}
 * (by the last listener using the file) writes what is queued, flushes and closes the file.
 */
public final class SipLog {

    /** Lines waiting for the writer; beyond this a burst outruns the disk and lines are dropped. */
    static final int QUEUE_CAPACITY = 8192;
    private static final int MAX_LOGGED_CHARS = 512;
    private static final Logger LOG = Logger.getLogger(SipLog.class.getName());
    private static final Map<Path, SipLog> OPEN = new HashMap<>();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    /** Tells the writer to finish; compared by identity. */
    private static final String END = new String("end of the SIP log");

    private final Path file;
    private final Writer out;
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private int users = 1;
    private volatile boolean closed;
    private boolean failing;

    /** A log of {@code file} written through {@code out}, which it closes at the end. */
    SipLog(Path file, Writer out) {
        this.file = file;
        this.out = out;
        writer = Thread.ofPlatform().daemon().name("sip-log " + file.getFileName()).start(this::drain);
    }

    /** The log writing to {@code file}; listeners that name the same file share it, each closes it once. */
    public static SipLog open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        synchronized (OPEN) {
            SipLog log = OPEN.get(path);
            if (log != null) {
                log.users++;
                return log;
            }
            try {
                Files.createDirectories(path.getParent());
                // rotation: logrotate with copytruncate
                log = new SipLog(path, Files.newBufferedWriter(path, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot open the SIP log " + path, e);
            }
            OPEN.put(path, log);
            return log;
        }
    }

    /** A request and its response; texts must already be masked. */
    void exchange(Session session, String requestType, String responseType, long micros, String request, String response) {
        write(session, requestType + ">" + responseType + " " + (micros / 1000) + "." + (micros % 1000 / 100) + "ms "
                + quote(request) + " " + quote(response));
    }

    void event(Session session, String event) {
        write(session, "-- " + event);
    }

    /** One user is done; the last one writes what is queued, flushes and closes the file. */
    void close() {
        synchronized (OPEN) {
            if (users == 0 || --users > 0) {
                return;
            }
            OPEN.remove(file, this);
            closed = true;
        }
        try {
            queue.put(END); // may wait for the writer: only the listener's shutdown gets here, never a worker
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(Session session, String text) {
        if (closed) {
            return;
        }
        String terminal = session.terminal() == null ? "-" : session.terminal().loginId();
        String line = LocalDateTime.now().format(TIME) + " " + terminal + " " + session.remoteAddress()
                + " #" + session.id() + " " + text;
        if (!queue.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    /** The writer thread: lines in order, one flush per burst, until {@link #END}. */
    private void drain() {
        try (out) {
            String line = queue.take();
            while (line != END) {
                append(line);
                line = queue.poll();
                if (line == null) {
                    reportDropped();
                    flush();
                    line = queue.take();
                }
            }
            reportDropped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot close the SIP log " + file, e);
        }
    }

    private void reportDropped() {
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            append(LocalDateTime.now().format(TIME) + " -- " + lost + " lines dropped: the SIP log's queue was full");
            LOG.warning(lost + " SIP log lines dropped: the queue of " + QUEUE_CAPACITY
                    + " lines was full (disk too slow?)");
        }
    }

    private void append(String line) {
        try {
            out.write(line);
            out.write(System.lineSeparator());
            failing = false;
        } catch (IOException e) {
            failed(e);
        }
    }

    private void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            failed(e);
        }
    }

    /** Warns once per outage, not once per line. */
    private void failed(IOException e) {
        if (!failing) {
            LOG.log(Level.WARNING, "Cannot write the SIP log " + file, e);
            failing = true;
        }
    }

    /** Printable, bounded, with control characters shown as \xNN. */
    static String quote(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LOGGED_CHARS) + 2).append('"');
        for (int i = 0; i < text.length() && i < MAX_LOGGED_CHARS; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '"' || c == '\\') {
                out.append(String.format("\\x%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > MAX_LOGGED_CHARS) {
            out.append("...(").append(text.length()).append(" chars)");
        }
        return out.append('"').toString();
    }
}
