package org.sip2.connector.net;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The dedicated SIP log: one line per request and response (time, terminal, remote address,
 * connection, message types, milliseconds, and the messages with CO, AC and AD masked), plus
 * connection events. Appended to its own file (exactly the configured name), not to the server log,
 * and/or handed to a syslog handler (a {@link Handler} made by the resource adapter from the syslog
 * settings), which gets the line without its time: syslog stamps it.
 *
 * <p>A worker never waits for the disk or the network: it puts its line in a bounded queue, and one
 * writer thread per log writes the lines in order, flushing whenever the queue runs empty. When the
 * queue is full the line is dropped and counted, and the writer records how many were lost.
 * {@link #close()} (by the last listener using the log) writes what is queued, flushes and closes.
 */
public final class SipLog {

    /** Lines waiting for the writer; beyond this a burst outruns the disk and lines are dropped. */
    static final int QUEUE_CAPACITY = 8192;

    private static final int MAX_LOGGED_CHARS = 512;
    private static final Logger LOG = Logger.getLogger(SipLog.class.getName());
    private static final Map<String, SipLog> OPEN = new HashMap<>();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    /** Tells the writer to finish; compared by identity. */
    private static final Line END = new Line(LocalDateTime.MIN, "end of the SIP log");

    /** One line, stamped when it was queued. */
    private record Line(LocalDateTime at, String text) {
        String stamped() {
            return at.format(TIME) + " " + text;
        }
    }

    private final String key;
    private final Writer out;
    private final Handler syslog;
    private final BlockingQueue<Line> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private int users = 1;
    private volatile boolean closed;
    private boolean failing;

    /** A log named {@code key} written through {@code out} and/or {@code syslog} (either may be null); closes both. */
    SipLog(String key, Writer out, Handler syslog) {
        this.key = key;
        this.out = out;
        this.syslog = syslog;
        writer = Thread.ofPlatform().daemon().name("sip-log " + key).start(this::drain);
    }

    /** The log writing to {@code file}; listeners that name the same file share it, each closes it once. */
    public static SipLog open(Path file) {
        return open(file, null);
    }

    /**
     * The log writing to {@code file} (none if null) and to {@code syslog} (none if null). Listeners
     * that name the same file share it, each closes it once; so do listeners that log to syslog only.
     */
    public static SipLog open(Path file, Supplier<Handler> syslog) {
        if (file == null && syslog == null) {
            throw new IllegalArgumentException("The SIP log needs a file, syslog or both");
        }
        Path path = file == null ? null : file.toAbsolutePath().normalize();
        String key = path == null ? "syslog" : path.toString();
        synchronized (OPEN) {
            SipLog log = OPEN.get(key);
            if (log != null) {
                log.users++;
                return log;
            }
            log = new SipLog(key, path == null ? null : openFile(path), syslog == null ? null : syslog.get());
            OPEN.put(key, log);
            return log;
        }
    }

    private static Writer openFile(Path path) {
        try {
            Files.createDirectories(path.getParent());
            // rotation: logrotate with copytruncate
            return Files.newBufferedWriter(
                    path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the SIP log " + path, e);
        }
    }

    /** A request and its response; texts must already be masked. */
    void exchange(
            ConnectionState state,
            String requestType,
            String responseType,
            long micros,
            String request,
            String response) {
        write(
                state,
                requestType + ">" + responseType + " " + (micros / 1000) + "." + (micros % 1000 / 100) + "ms "
                        + quote(request) + " " + quote(response));
    }

    void event(ConnectionState state, String event) {
        write(state, "-- " + event);
    }

    /** One user is done; the last one writes what is queued, flushes and closes the file. */
    void close() {
        synchronized (OPEN) {
            if (users == 0 || --users > 0) {
                return;
            }
            OPEN.remove(key, this);
            closed = true;
        }
        try {
            queue.put(END); // may wait for the writer: only the listener's shutdown gets here, never a worker
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(ConnectionState state, String text) {
        if (closed) {
            return;
        }
        String terminal = state.terminal() == null ? "-" : state.terminal().loginId();
        Line line =
                new Line(LocalDateTime.now(), terminal + " " + state.remoteAddress() + " #" + state.id() + " " + text);
        if (!queue.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    /** The writer thread: lines in order, one flush per burst, until {@link #END}. */
    private void drain() {
        try {
            Line line = queue.take();
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
        } finally {
            closeOutputs();
        }
    }

    private void closeOutputs() {
        if (syslog != null) {
            syslog.close();
        }
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot close the SIP log " + key, e);
            }
        }
    }

    private void reportDropped() {
        long lost = dropped.getAndSet(0);
        if (lost > 0) {
            append(new Line(LocalDateTime.now(), "-- " + lost + " lines dropped: the SIP log's queue was full"));
            LOG.warning(lost + " SIP log lines dropped: the queue of " + QUEUE_CAPACITY
                    + " lines was full (disk too slow?)");
        }
    }

    private void append(Line line) {
        if (syslog != null) {
            LogRecord record = new LogRecord(Level.INFO, line.text());
            record.setInstant(line.at().atZone(ZoneId.systemDefault()).toInstant());
            syslog.publish(record);
        }
        if (out == null) {
            return;
        }
        try {
            out.write(line.stamped());
            out.write(System.lineSeparator());
            failing = false;
        } catch (IOException e) {
            failed(e);
        }
    }

    private void flush() {
        if (syslog != null) {
            syslog.flush();
        }
        if (out == null) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            failed(e);
        }
    }

    /** Warns once per outage, not once per line. */
    private void failed(IOException e) {
        if (!failing) {
            LOG.log(Level.WARNING, "Cannot write the SIP log " + key, e);
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
