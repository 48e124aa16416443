package org.sip2.server.importing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/** Imports a chunk of rows in a transaction of its own: committed together, or rolled back together. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportChunk {

    @PersistenceContext
    EntityManager em;

    @EJB
    PatronRows patrons;

    @EJB
    ItemRows items;

    @EJB
    LoanRows loans;

    @EJB
    HoldRows holds;

    @EJB
    FeeRows fees;

    /** The outcome of every row; a rejected row is an error and the others are kept. */
    public List<ImportRow> apply(ImportKind kind, List<CsvRow> rows) {
        // rows are looked up by barcode, which no row changes, and inserts go out at once (identity
        // keys): nothing needs flushing before a query, and flushing there would cost a dirty check
        // of every record of the chunk per row
        em.setFlushMode(FlushModeType.COMMIT);
        RowImport importer = importer(kind);
        List<ImportRow> outcomes = new ArrayList<>(rows.size());
        for (CsvRow row : rows) {
            try {
                outcomes.add(importer.apply(row));
            } catch (RowRejected e) {
                outcomes.add(ImportRow.error(row.line(), key(kind, row), e.getMessage()));
            }
        }
        em.flush();
        return outcomes;
    }

    private RowImport importer(ImportKind kind) {
        return switch (kind) {
            case PATRONS -> patrons::apply;
            case ITEMS -> items::apply;
            case LOANS -> loans::apply;
            case HOLDS -> holds::apply;
            case FEES -> fees::apply;
        };
    }

    /** How the report names a row: its barcode, or patron/item. */
    static String key(ImportKind kind, CsvRow row) {
        return switch (kind) {
            case PATRONS, ITEMS -> row.value("barcode");
            case LOANS, HOLDS, FEES ->
                row.value("patron") + "/"
                        + (row.value("item") != null
                                ? row.value("item")
                                : row.value("title") != null ? row.value("title") : row.value("amount"));
        };
    }
}
