package org.sip2.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sip2.server.admin.KohaConfigImport;

/** Importing a Koha SIPconfig.xml: paste it, preview what will be created or changed, then apply. */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    KohaConfigImport importer;

    private String xml;
    private List<KohaConfigImport.Change> changes = List.of();
    private boolean previewed;

    public void preview() {
        previewed = Feedback.attempt(() -> changes = importer.preview(xml), null);
        if (previewed) {
            Feedback.info(changes.size() + " changes: check them, then apply");
        }
    }

    public void apply() {
        if (Feedback.attempt(() -> changes = importer.apply(xml), null)) {
            Feedback.info("Imported: " + changes.size() + " changes applied");
            previewed = false;
        }
    }

    public String getXml() {
        return xml;
    }

    public void setXml(String xml) {
        this.xml = xml;
        this.previewed = false;
    }

    public List<KohaConfigImport.Change> getChanges() {
        return changes;
    }

    public boolean isPreviewed() {
        return previewed;
    }
}
