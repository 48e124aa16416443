package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.protocol.SipDate;
import org.sip2.server.backend.TerminalOption;
import org.sip2.server.backend.TerminalOptions;
import org.sip2.server.circulation.LibraryClock;

/** What many responses share: the transaction date, dates in the library's zone, the institution to report. */
@ApplicationScoped
public class ResponseFields {

    @Inject
    LibraryClock clock;

    /** The response's transaction date: the library's current local time (docs/protocol.md §4.1). */
    public SipDate now() {
        return SipDate.local(clock.now());
    }

    LibraryClock clock() {
        return clock;
    }

    /** A request's date in the library's local time, or {@code null} when the field carries none. */
    LocalDateTime local(SipDate date) {
        return date == null ? null : date.toLocalDateTime(clock.zone()).orElse(null);
    }

    public static SipDate date(LocalDateTime time) {
        return time == null ? null : SipDate.local(time);
    }

    /** A due date as it goes into AH: the 18-character form (docs/protocol.md §4.1). */
    static String dueDate(LocalDateTime time) {
        return time == null ? "" : SipDate.local(time).text();
    }

    /** A due date as the account wants it in AH: in its format_due_date pattern, else the 18-character form. */
    static String dueDate(LocalDateTime time, TerminalOptions options) {
        String pattern = options.text(TerminalOption.FORMAT_DUE_DATE);
        if (time == null || pattern.isEmpty()) {
            return dueDate(time);
        }
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(time);
    }

    static List<String> messages(List<String> messages) {
        return messages == null || messages.isEmpty() ? null : messages;
    }

    /** The institution a response names: the one in the request, else the terminal's. */
    public static String institution(String requested, ConnectionInfo connection) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        return connection.terminal() == null ? "" : connection.terminal().institutionId();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
