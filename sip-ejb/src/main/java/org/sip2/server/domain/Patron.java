package org.sip2.server.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A library patron, identified at a terminal by the barcode on the card (AA) and a PIN (AD). */
@Entity
@Table(name = "patron")
@NamedQuery(
        name = "Patron.byBarcode",
        query = "select p from Patron p join fetch p.institution o left join fetch o.sharesWith"
                + " where p.barcode = :barcode")
// what blocks a patron: open loans, overdue loans, fees owed, holds (one statement per checkout and renewal)
@NamedQuery(
        name = "Patron.standing",
        query = "select (select count(l) from Loan l where l.openPatronId = p.id),"
                + " (select count(l) from Loan l where l.openPatronId = p.id and l.dueAt < :now),"
                + " (select coalesce(sum(f.balance), 0) from Fee f where f.patron = p and f.balance > 0),"
                + " (select count(h) from Hold h where h.patron = p)"
                + " from Patron p where p = :patron")
public class Patron {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String barcode;

    @Column(name = "pin_hash")
    private String pinHash;

    @Column(nullable = false)
    private String name;

    private String email;
    private String phone;
    private String address;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "home_library")
    private String homeLibrary;

    @Column(nullable = false)
    private String category = "ADULT";

    @Column(nullable = false, length = 3)
    private String language = "000";

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(nullable = false)
    private boolean blocked;

    @Column(name = "block_message")
    private String blockMessage;

    @Column(name = "card_lost", nullable = false)
    private boolean cardLost;

    protected Patron() {}

    public Patron(String barcode, String name, Institution institution) {
        this.barcode = barcode;
        this.name = name;
        this.institution = institution;
        this.homeLibrary = institution.getId();
    }

    public boolean isExpired(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public String getBarcode() {
        return barcode;
    }

    public String getPinHash() {
        return pinHash;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getHomeLibrary() {
        return homeLibrary;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getCategory() {
        return category;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public boolean isBlocked() {
        return blocked;
    }

    public String getBlockMessage() {
        return blockMessage;
    }

    public boolean isCardLost() {
        return cardLost;
    }

    public void setPinHash(String pinHash) {
        this.pinHash = pinHash;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setContact(String email, String phone, String address) {
        this.email = email;
        this.phone = phone;
        this.address = address;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public void block(String message) {
        this.blocked = true;
        this.blockMessage = message;
    }

    public void unblock() {
        this.blocked = false;
        this.blockMessage = null;
    }

    public void reportCardLost() {
        this.cardLost = true;
    }
}
