package org.sip2.server.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.TreeMap;
import org.sip2.connector.api.ErrorDetectionMode;

/** The account a self-check terminal logs in with (93), and how to speak to it. */
@Entity
@Table(name = "terminal_account")
@NamedQuery(
        name = "TerminalAccount.byLoginId",
        query = "select a from TerminalAccount a join fetch a.institution where a.loginId = :loginId")
public class TerminalAccount {

    /** Line terminator written after each response. */
    public enum Terminator {
        CR("\r"),
        CRLF("\r\n");

        private final String text;

        Terminator(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "login_id", nullable = false, unique = true)
    private String loginId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(nullable = false, length = 1)
    private String delimiter = "|";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Terminator terminator = Terminator.CR;

    @Column(nullable = false)
    private String charset = "IBM850";

    @Enumerated(EnumType.STRING)
    @Column(name = "error_detection", nullable = false)
    private ErrorDetectionMode errorDetection = ErrorDetectionMode.AUTO;

    /** Reported to the terminal as its location (AN). */
    private String location;

    @Column(name = "allowed_addresses")
    private String allowedAddresses;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Off only for stations trusted to act for a patron without the PIN (sorters, staff desks). */
    @Column(name = "patron_pin_required", nullable = false)
    private boolean patronPinRequired = true;

    /**
     * Subject (RFC 2253) of the client certificate this terminal must present over TLS to log in, or null: then any
     * connection may carry its login.
     */
    @Column(name = "certificate_subject")
    private String certificateSubject;

    /** Behaviour options by name (Koha's); an option not set has its default. Read once at login. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "terminal_account_option", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "name")
    @Column(name = "option_value", nullable = false)
    private Map<String, String> options = new TreeMap<>();

    protected TerminalAccount() {}

    public String getCertificateSubject() {
        return certificateSubject;
    }

    public void setCertificateSubject(String certificateSubject) {
        this.certificateSubject = certificateSubject;
    }

    public TerminalAccount(String loginId, String passwordHash, Institution institution) {
        this.loginId = loginId;
        this.passwordHash = passwordHash;
        this.institution = institution;
    }

    public Long getId() {
        return id;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Institution getInstitution() {
        return institution;
    }

    public char getDelimiter() {
        return delimiter.charAt(0);
    }

    public Terminator getTerminator() {
        return terminator;
    }

    public String getCharset() {
        return charset;
    }

    public ErrorDetectionMode getErrorDetection() {
        return errorDetection;
    }

    public String getLocation() {
        return location;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void speak(char delimiter, Terminator terminator, String charset, ErrorDetectionMode errorDetection) {
        this.delimiter = String.valueOf(delimiter);
        this.terminator = terminator;
        this.charset = charset;
        this.errorDetection = errorDetection;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getAllowedAddresses() {
        return allowedAddresses;
    }

    public void setAllowedAddresses(String allowedAddresses) {
        this.allowedAddresses = allowedAddresses;
    }

    public void rename(String loginId) {
        this.loginId = loginId;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setInstitution(Institution institution) {
        this.institution = institution;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isPatronPinRequired() {
        return patronPinRequired;
    }

    public void setPatronPinRequired(boolean patronPinRequired) {
        this.patronPinRequired = patronPinRequired;
    }

    public Map<String, String> getOptions() {
        return Map.copyOf(options);
    }

    /** Sets or (with null) removes one behaviour option. */
    public void setOption(String name, String value) {
        if (value == null) {
            options.remove(name);
        } else {
            options.put(name, value);
        }
    }
}
