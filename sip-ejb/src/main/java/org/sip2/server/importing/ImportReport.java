package org.sip2.server.importing;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sip2.server.importing.ImportRow.Outcome;

/**
 * What an import did: how many rows had each outcome, and the rows themselves up to a bound
 * (errors first: up to {@link #MAX_ERRORS} of them, and up to {@link #MAX_OTHERS} other rows), so
 * that a million-row file gives a report of a bounded size.
 */
public final class ImportReport implements Serializable {

    public static final int MAX_ERRORS = 1000;
    public static final int MAX_OTHERS = 200;
    private static final long serialVersionUID = 1L;

    private final ImportKind kind;
    private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    private final List<ImportRow> errors = new ArrayList<>();
    private final List<ImportRow> others = new ArrayList<>();
    private String fileProblem;
    private Duration took = Duration.ZERO;

    public ImportReport(ImportKind kind) {
        this.kind = kind;
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0L);
        }
    }

    void add(ImportRow row) {
        counts.merge(row.outcome(), 1L, Long::sum);
        List<ImportRow> kept = row.outcome() == Outcome.ERROR ? errors : others;
        if (kept.size() < (row.outcome() == Outcome.ERROR ? MAX_ERRORS : MAX_OTHERS)) {
            kept.add(row);
        }
    }

    /** The file could not be read as CSV of this kind (no header, a missing required column, broken quoting). */
    void fileProblem(String problem) {
        this.fileProblem = problem;
    }

    void took(Duration took) {
        this.took = took;
    }

    public ImportKind kind() {
        return kind;
    }

    public long count(Outcome outcome) {
        return counts.get(outcome);
    }

    public long rows() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The rows kept, in file order. */
    public List<ImportRow> keptRows() {
        return Stream.concat(errors.stream(), others.stream())
                .sorted(Comparator.comparingLong(ImportRow::line))
                .toList();
    }

    /** How many rows are counted but not listed. */
    public long omitted() {
        return rows() - errors.size() - others.size();
    }

    public String fileProblem() {
        return fileProblem;
    }

    public Duration took() {
        return took;
    }

    /** One line for people: {@code items: 1000 rows, 990 created, 0 updated, 0 unchanged, 10 errors in 2 s}. */
    public String summary() {
        if (fileProblem != null) {
            return kind.fileName() + ": not imported: " + fileProblem;
        }
        return String.format(
                "%s: %d rows, %d created, %d updated, %d unchanged, %d errors in %.1f s%s",
                kind.fileName(),
                rows(),
                count(Outcome.CREATED),
                count(Outcome.UPDATED),
                count(Outcome.UNCHANGED),
                count(Outcome.ERROR),
                took.toMillis() / 1000.0,
                omitted() > 0 ? " (" + omitted() + " rows counted but not listed)" : "");
    }
}
