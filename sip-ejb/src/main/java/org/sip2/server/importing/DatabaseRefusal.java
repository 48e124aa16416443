package org.sip2.server.importing;

import java.sql.SQLException;
import java.util.Map;

/**
 * Why the database refused a row, in the same words on H2 and on PostgreSQL: the SQLSTATE the
 * standard gives both drivers picks the reason, and the driver's own first line follows for the
 * detail (H2 names the column, PostgreSQL the type).
 */
final class DatabaseRefusal {

    private static final Map<String, String> REASONS = Map.of(
            "22001", "a value is longer than its column allows",
            "23502", "a required value is missing",
            "23503", "it refers to a record that does not exist",
            "23505", "another record has the same key",
            // a row lock held past the lock timeout: PostgreSQL's lock_not_available, H2's lock timeout
            "55P03", "the record is locked by another change: import it again",
            "HYT00", "the record is locked by another change: import it again");

    private DatabaseRefusal() {}

    static String reason(Throwable failure) {
        SQLException database = null;
        Throwable root = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                database = sql;
            }
            root = cause;
        }
        String detail = firstLine(database != null ? database : root);
        String reason = database == null ? null : REASONS.get(database.getSQLState());
        return reason == null ? detail : reason + " (" + detail + ")";
    }

    /** The message without the statement that H2 and PostgreSQL append after its first line. */
    private static String firstLine(Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        return message.lines()
                .findFirst()
                .orElse(message)
                .replaceFirst("; SQL statement:$", "")
                .replaceFirst("^ERROR: ", "");
    }
}
