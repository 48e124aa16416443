package org.sip2.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sip2.protocol.CirculationStatus;
import org.sip2.server.admin.CatalogAdmin;
import org.sip2.server.backend.ItemView;
import org.sip2.server.domain.Item;

/** Items: search, view with their circulation state, correct status, location, call number and properties. */
@Named
@ViewScoped
public class ItemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CatalogAdmin admin;

    private String search = "";
    private List<Item> results = List.of();
    private ItemView selected;
    private String callNumber;
    private String currentLocation;
    private CirculationStatus status;
    private String properties;

    public void find() {
        results = admin.searchItems(search);
        selected = null;
    }

    public void open(Item item) {
        selected = admin.item(item.getBarcode()).orElse(null);
        callNumber = item.getCallNumber();
        currentLocation = item.getCurrentLocation();
        status = item.getCirculationStatus();
        properties = item.getProperties();
    }

    public void save() {
        String barcode = selected.barcode();
        if (Feedback.attempt(
                () -> admin.updateItem(barcode, callNumber, currentLocation, status, properties),
                "Item " + barcode + " saved")) {
            selected = admin.item(barcode).orElse(null);
            results = admin.searchItems(search);
        }
    }

    public CirculationStatus[] getStatuses() {
        return CirculationStatus.values();
    }

    public String getCallNumber() {
        return callNumber;
    }

    public void setCallNumber(String callNumber) {
        this.callNumber = callNumber;
    }

    public String getCurrentLocation() {
        return currentLocation;
    }

    public void setCurrentLocation(String currentLocation) {
        this.currentLocation = currentLocation;
    }

    public CirculationStatus getStatus() {
        return status;
    }

    public void setStatus(CirculationStatus status) {
        this.status = status;
    }

    public String getProperties() {
        return properties;
    }

    public void setProperties(String properties) {
        this.properties = properties;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<Item> getResults() {
        return results;
    }

    public ItemView getSelected() {
        return selected;
    }
}
