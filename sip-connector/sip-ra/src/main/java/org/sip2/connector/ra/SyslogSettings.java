package org.sip2.connector.ra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.jboss.logmanager.handlers.SyslogHandler;

/**
 * Where and how the SIP log goes to syslog, and the handler that sends it there: JBoss LogManager's
 * syslog handler (RFC 5424 or RFC 3164, over UDP, TCP or TLS). See docs/operations.md, "Logging".
 *
 * @param host     the syslog server
 * @param port     its port
 * @param protocol {@code udp}, {@code tcp} or {@code tls}
 * @param format   {@code rfc5424} or {@code rfc3164}
 * @param facility a facility name as syslog.conf spells it ({@code local6}, {@code daemon} …)
 * @param appName  the program name (APP-NAME, TAG)
 */
record SyslogSettings(String host, int port, String protocol, String format, String facility, String appName) {

    /** Facility names in the order of their codes (RFC 5424 table 1), as {@link SyslogHandler.Facility} lists them. */
    private static final List<String> FACILITIES = List.of(
            "kern",
            "user",
            "mail",
            "daemon",
            "auth",
            "syslog",
            "lpr",
            "news",
            "uucp",
            "cron",
            "authpriv",
            "ftp",
            "ntp",
            "audit",
            "alert",
            "clock",
            "local0",
            "local1",
            "local2",
            "local3",
            "local4",
            "local5",
            "local6",
            "local7");
    /** A line of the SIP log is at most about 1,100 characters; syslog's default 1,024 or 2,048 would cut it. */
    private static final int MAX_MESSAGE_LENGTH = 4096;

    /** Throws IllegalArgumentException naming the setting that is wrong. */
    SyslogSettings {
        protocol(protocol);
        type(format);
        facility(facility);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("sip.syslog.port " + port + " is out of range");
        }
        if (host == null || host.isBlank() || appName == null || appName.isBlank()) {
            throw new IllegalArgumentException("sip.syslog.host and sip.syslog.app.name must not be empty");
        }
    }

    /** A new handler; the SIP log's writer thread is its only user and closes it. */
    Handler handler() {
        try {
            SyslogHandler handler =
                    new SyslogHandler(host, port, facility(facility), type(format), protocol(protocol), null);
            handler.setAppName(appName);
            handler.setMaxLength(MAX_MESSAGE_LENGTH);
            // TCP: one message a line (RFC 6587 non-transparent framing), as rsyslog and syslog-ng read by default;
            // UDP: one message a datagram
            handler.setUseCountingFraming(false);
            handler.setUseMessageDelimiter(!protocol.equalsIgnoreCase("udp"));
            handler.setMessageDelimiter("\n");
            handler.setFormatter(new Formatter() {
                @Override
                public String format(LogRecord record) {
                    return record.getMessage();
                }
            });
            return handler;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach syslog at " + host + ":" + port + " over " + protocol, e);
        }
    }

    private static SyslogHandler.Protocol protocol(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "udp" -> SyslogHandler.Protocol.UDP;
            case "tcp" -> SyslogHandler.Protocol.TCP;
            case "tls" -> SyslogHandler.Protocol.SSL_TCP;
            default ->
                throw new IllegalArgumentException("sip.syslog.protocol must be udp, tcp or tls, not '" + name + "'");
        };
    }

    private static SyslogHandler.SyslogType type(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "rfc5424" -> SyslogHandler.SyslogType.RFC5424;
            case "rfc3164" -> SyslogHandler.SyslogType.RFC3164;
            default ->
                throw new IllegalArgumentException("sip.syslog.format must be rfc5424 or rfc3164, not '" + name + "'");
        };
    }

    private static SyslogHandler.Facility facility(String name) {
        int code = FACILITIES.indexOf(name.trim().toLowerCase(Locale.ROOT));
        if (code < 0) {
            throw new IllegalArgumentException(
                    "sip.syslog.facility must be one of " + FACILITIES + ", not '" + name + "'");
        }
        return SyslogHandler.Facility.values()[code];
    }
}
