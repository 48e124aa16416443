package org.sip2.server.importing;

import java.io.Serializable;
import java.util.Map;

/** One data row of a CSV file: its line in the file and its values by column; blank values are absent. */
public record CsvRow(long line, Map<String, String> values) implements Serializable {

    /** The value, trimmed; {@code null} when the column is missing or blank. */
    public String value(String column) {
        String text = values.get(column);
        return text == null || text.isBlank() ? null : text.trim();
    }

    public String required(String column) {
        String text = value(column);
        if (text == null) {
            throw new RowRejected(column + " is required");
        }
        return text;
    }
}
