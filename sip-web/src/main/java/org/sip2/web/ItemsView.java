package org.sip2.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sip2.server.admin.CatalogAdmin;
import org.sip2.server.backend.ItemView;
import org.sip2.server.domain.Item;

/** Items: search and view with their circulation state. */
@Named
@ViewScoped
public class ItemsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CatalogAdmin admin;

    private String search = "";
    private List<Item> results = List.of();
    private ItemView selected;

    public void find() {
        results = admin.searchItems(search);
        selected = null;
    }

    public void open(Item item) {
        selected = admin.item(item.getBarcode()).orElse(null);
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
