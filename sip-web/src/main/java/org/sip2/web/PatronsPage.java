package org.sip2.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.sip2.server.admin.CatalogAdmin;
import org.sip2.server.backend.PatronView;
import org.sip2.server.domain.Patron;

/**
 * Patrons: search, view with loans, holds and fees, edit, block and unblock, set a PIN, clear a PIN
 * lock. Their CSV import is on the catalogue import page.
 */
@Named
@ViewScoped
public class PatronsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CatalogAdmin admin;

    private String search = "";
    private List<Patron> results = List.of();
    private PatronView selected;
    private String name;
    private String email;
    private String phone;
    private String address;
    private String category;
    private LocalDate expiresOn;
    private String blockMessage;
    private String newPin;
    private LocalDateTime pinLockedUntil;

    public void find() {
        results = admin.searchPatrons(search);
        selected = null;
    }

    public void open(Patron patron) {
        selected = admin.patron(patron.getBarcode()).orElse(null);
        name = patron.getName();
        email = patron.getEmail();
        phone = patron.getPhone();
        address = patron.getAddress();
        category = patron.getCategory();
        expiresOn = patron.getExpiresOn();
        blockMessage = null;
        newPin = null;
        pinLockedUntil = admin.pinLockedUntil(patron.getBarcode()).orElse(null);
    }

    public void save() {
        String barcode = selected.barcode();
        if (Feedback.attempt(
                () -> admin.updatePatron(barcode, name, email, phone, address, category, expiresOn),
                "Patron " + barcode + " saved")) {
            reload();
        }
    }

    public void block() {
        String barcode = selected.barcode();
        if (Feedback.attempt(() -> admin.block(barcode, blockMessage), "Card " + barcode + " blocked")) {
            reload();
        }
    }

    public void unblock() {
        String barcode = selected.barcode();
        if (Feedback.attempt(() -> admin.unblock(barcode), "Block on " + barcode + " lifted")) {
            reload();
        }
    }

    public void setPin() {
        String barcode = selected.barcode();
        String pin = newPin;
        newPin = null;
        Feedback.attempt(() -> admin.setPin(barcode, pin), "New PIN set for " + barcode);
    }

    public void clearPinLock() {
        String barcode = selected.barcode();
        if (Feedback.attempt(() -> admin.clearPinLock(barcode), "PIN lock on " + barcode + " cleared")) {
            reload();
        }
    }

    private void reload() {
        selected = admin.patron(selected.barcode()).orElse(null);
        pinLockedUntil = selected == null
                ? null
                : admin.pinLockedUntil(selected.barcode()).orElse(null);
        results = admin.searchPatrons(search);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<Patron> getResults() {
        return results;
    }

    public PatronView getSelected() {
        return selected;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getBlockMessage() {
        return blockMessage;
    }

    public void setBlockMessage(String blockMessage) {
        this.blockMessage = blockMessage;
    }

    public String getNewPin() {
        return newPin;
    }

    public void setNewPin(String newPin) {
        this.newPin = newPin;
    }

    /** Until when the card is locked for SIP after wrong PINs; null when it is not. */
    public LocalDateTime getPinLockedUntil() {
        return pinLockedUntil;
    }
}
