package org.sip2.server.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.MediaType;
import org.sip2.server.importing.ImportRow.Outcome;

/** How cells of an ILS report are read, and how big a report of a big file gets. */
class CellsAndReportTest {

    private static CsvRow row(String column, String value) {
        return new CsvRow(2, Map.of(column, value));
    }

    @Test
    void datesAsIlsReportsWriteThem() {
        assertEquals(
                LocalDateTime.of(2026, 12, 1, 23, 59, 59), Cells.dateTime(row("due_at", "2026-12-01"), "due_at", true));
        assertEquals(LocalDateTime.of(2026, 12, 1, 0, 0), Cells.dateTime(row("d", "2026-12-01"), "d", false));
        assertEquals(LocalDateTime.of(2026, 12, 1, 23, 59), Cells.dateTime(row("d", "2026-12-01 23:59:00"), "d", true));
        assertEquals(LocalDateTime.of(2026, 12, 1, 10, 5), Cells.dateTime(row("d", "2026-12-01T10:05"), "d", true));
        assertNull(Cells.dateTime(row("d", "  "), "d", true));
        RowRejected bad = assertThrows(RowRejected.class, () -> Cells.dateTime(row("d", "01/12/2026"), "d", true));
        assertTrue(bad.getMessage().contains("01/12/2026"));
    }

    @Test
    void codesByCodeNameOrDescription() {
        assertEquals(MediaType.VIDEO_TAPE, Cells.coded(row("m", "005"), "m", MediaType.class, null));
        assertEquals(MediaType.VIDEO_TAPE, Cells.coded(row("m", "video tape"), "m", MediaType.class, null));
        assertEquals(MediaType.CD_CDROM, Cells.coded(row("m", "CD/CDROM"), "m", MediaType.class, null));
        assertEquals(CirculationStatus.MISSING, Cells.coded(row("s", "Missing"), "s", CirculationStatus.class, null));
        assertEquals(MediaType.BOOK, Cells.coded(row("other", "x"), "m", MediaType.class, MediaType.BOOK));
        RowRejected bad =
                assertThrows(RowRejected.class, () -> Cells.coded(row("m", "papyrus"), "m", MediaType.class, null));
        assertTrue(bad.getMessage().contains("001 book"), bad.getMessage());
    }

    @Test
    void amountsAndCounts() {
        assertEquals(new BigDecimal("2.50"), Cells.amount(row("a", "2.50"), "a"));
        assertThrows(RowRejected.class, () -> Cells.amount(row("a", "-1"), "a"));
        assertThrows(RowRejected.class, () -> Cells.amount(row("a", "1.005"), "a"));
        assertThrows(RowRejected.class, () -> Cells.amount(row("a", "two"), "a"));
        assertEquals(0, Cells.count(row("r", ""), "r"));
        assertThrows(RowRejected.class, () -> Cells.count(row("r", "-2"), "r"));
    }

    @Test
    void aMillionRowsGiveABoundedReportThatCountsThemAll() {
        ImportReport report = new ImportReport(ImportKind.ITEMS);
        for (long line = 2; line < 1_000_002; line++) {
            report.add(
                    line % 1000 == 0
                            ? ImportRow.error(line, "B" + line, "bad")
                            : new ImportRow(line, "B" + line, Outcome.CREATED, ""));
        }
        assertEquals(1_000_000, report.rows());
        assertEquals(1000, report.count(Outcome.ERROR));
        assertEquals(
                ImportReport.MAX_ERRORS + ImportReport.MAX_OTHERS,
                report.keptRows().size());
        assertEquals(1_000_000 - ImportReport.MAX_ERRORS - ImportReport.MAX_OTHERS, report.omitted());
        assertTrue(
                report.summary().startsWith("items: 1000000 rows, 999000 created, 0 updated, 0 unchanged, 1000 errors"),
                report.summary());
    }

    @Test
    void aFileIsKnownByTheStartOfItsName() {
        assertEquals(Optional.of(ImportKind.LOANS), ImportKind.ofFile("Loans-2026-11.csv"));
        assertEquals(Optional.empty(), ImportKind.ofFile("catalogue.csv"));
        assertEquals(java.util.List.of("patron", "item", "due_at"), ImportKind.LOANS.requiredColumns());
    }
}
