package org.sip2.connector.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The dedicated SIP log: one line per request and response (time, terminal, remote address,
 * connection, message types, milliseconds, and the messages with CO, AC and AD masked), plus
 * connection events. Appended to its own file (exactly the configured name), not to the server log.
 */
public final class SipLog {

    private static final int MAX_LOGGED_CHARS = 512;
    private static final Map<Path, SipLog> OPEN = new ConcurrentHashMap<>();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final Logger logger;
    private final FileHandler handler;

    private SipLog(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        handler = new FileHandler(file.toString().replace("%", "%%"), true); // rotation: logrotate with copytruncate
        handler.setEncoding("UTF-8");
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return record.getMessage() + System.lineSeparator();
            }
        });
        logger = Logger.getLogger("org.sip2.siplog." + file.toAbsolutePath());
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
    }

    /** The log writing to {@code file}; listeners that name the same file share it. */
    public static SipLog open(Path file) {
        return OPEN.computeIfAbsent(file.toAbsolutePath().normalize(), path -> {
            try {
                return new SipLog(path);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot open the SIP log " + path, e);
            }
        });
    }

    /** A request and its response; texts must already be masked. */
    void exchange(Session session, String requestType, String responseType, long micros, String request, String response) {
        write(session, requestType + ">" + responseType + " " + (micros / 1000) + "." + (micros % 1000 / 100) + "ms "
                + quote(request) + " " + quote(response));
    }

    void event(Session session, String event) {
        write(session, "-- " + event);
    }

    void close() {
        OPEN.values().remove(this);
        logger.removeHandler(handler);
        handler.close();
    }

    private void write(Session session, String text) {
        String terminal = session.terminal() == null ? "-" : session.terminal().loginId();
        logger.log(Level.INFO, LocalDateTime.now().format(TIME) + " " + terminal + " " + session.remoteAddress()
                + " #" + session.id() + " " + text);
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
