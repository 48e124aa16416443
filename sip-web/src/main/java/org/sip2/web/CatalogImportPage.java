package org.sip2.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.sip2.server.admin.CatalogAdmin;
import org.sip2.server.importing.ImportKind;
import org.sip2.server.importing.ImportReport;
import org.sip2.server.importing.ImportRow;

/**
 * Catalogue import: a CSV file of patrons, items, loans, holds or fees, uploaded and imported with
 * a per-row report (bounded; the totals count every row). Bigger files go to the import directory.
 */
@Named
@ViewScoped
public class CatalogImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CatalogAdmin admin;

    private ImportKind kind = ImportKind.ITEMS;
    private UploadedFile upload;
    private ImportReport report;

    public void importCsv() throws IOException {
        if (upload == null || upload.getSize() == 0) {
            Feedback.error("Choose a CSV file first");
            return;
        }
        ImportKind chosen = kind;
        try (Reader reader = new InputStreamReader(upload.getInputStream(), StandardCharsets.UTF_8)) {
            Feedback.attempt(() -> report = admin.importCsv(chosen, reader), null);
        }
        if (report == null) {
            return;
        }
        if (report.fileProblem() != null || report.count(ImportRow.Outcome.ERROR) > 0) {
            Feedback.error(report.summary());
        } else {
            Feedback.info(report.summary());
        }
    }

    public List<ImportKind> getKinds() {
        return List.of(ImportKind.values());
    }

    public ImportKind getKind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public ImportReport getReport() {
        return report;
    }

    public List<ImportRow> getRows() {
        return report == null ? List.of() : report.keptRows();
    }

    public String columns(ImportKind of) {
        return String.join(",", of.columns());
    }

    public String required(ImportKind of) {
        return String.join(", ", of.requiredColumns());
    }
}
