package org.sip2.server.importing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as a stream and imports it chunk by chunk ({@value #CHUNK_ROWS} rows, one
 * transaction each). A chunk that fails as a whole (a value the database refuses) is retried row
 * by row, so that only the bad row is lost and the report says which. Runs outside any
 * transaction: however large the file, no transaction holds more than one chunk.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogImport {

    static final int CHUNK_ROWS = 1000;
    private static final Logger LOG = Logger.getLogger(CatalogImport.class.getName());
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    @EJB
    ImportChunk chunks;

    public ImportReport run(ImportKind kind, Reader csv) {
        ImportReport report = new ImportReport(kind);
        long started = System.nanoTime();
        long line = 1;
        try (CSVParser parser = FORMAT.parse(csv)) {
            List<String> header =
                    parser.getHeaderNames().stream().map(CatalogImport::column).toList();
            List<String> missing = kind.requiredColumns().stream()
                    .filter(column -> !header.contains(column))
                    .toList();
            if (!missing.isEmpty()) {
                report.fileProblem("the header row lacks " + String.join(", ", missing) + "; the columns are "
                        + String.join(",", kind.columns()));
                return report;
            }
            List<CsvRow> chunk = new ArrayList<>(CHUNK_ROWS);
            for (CSVRecord record : parser) {
                line = record.getRecordNumber() + 1;
                chunk.add(new CsvRow(line, values(header, record)));
                if (chunk.size() == CHUNK_ROWS) {
                    write(kind, chunk, report);
                    chunk = new ArrayList<>(CHUNK_ROWS);
                }
            }
            write(kind, chunk, report);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            report.fileProblem("the file is not readable as CSV after row " + line
                    + " (the rows before it are imported): " + e.getMessage());
        } finally {
            report.took(Duration.ofNanos(System.nanoTime() - started));
        }
        return report;
    }

    private void write(ImportKind kind, List<CsvRow> rows, ImportReport report) {
        if (rows.isEmpty()) {
            return;
        }
        List<ImportRow> outcomes;
        try {
            outcomes = chunks.apply(kind, rows);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A chunk of " + kind.fileName() + " failed; importing its rows one by one", e);
            outcomes = rows.stream().map(row -> alone(kind, row)).toList();
        }
        outcomes.forEach(report::add);
    }

    private ImportRow alone(ImportKind kind, CsvRow row) {
        try {
            return chunks.apply(kind, List.of(row)).getFirst();
        } catch (RuntimeException e) {
            return ImportRow.error(row.line(), ImportChunk.key(kind, row), "not stored: " + DatabaseRefusal.reason(e));
        }
    }

    /** A header name as the columns are spelt: lower case, no byte order mark (Excel writes one). */
    private static String column(String name) {
        return name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> values(List<String> header, CSVRecord record) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
            values.put(header.get(i), record.get(i));
        }
        return values;
    }
}
