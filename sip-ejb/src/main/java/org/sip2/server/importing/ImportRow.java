package org.sip2.server.importing;

import java.io.Serializable;

/** One row of an import and what became of it; {@code key} names the record (a barcode, or patron/item). */
public record ImportRow(long line, String key, Outcome outcome, String message) implements Serializable {

    /** What became of a row. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        ERROR;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static ImportRow error(long line, String key, String message) {
        return new ImportRow(line, key, Outcome.ERROR, message);
    }
}
