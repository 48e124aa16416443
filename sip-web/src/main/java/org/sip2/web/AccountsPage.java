package org.sip2.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.sip2.server.admin.InstitutionAdmin;
import org.sip2.server.admin.TerminalAccountAdmin;
import org.sip2.server.admin.TerminalAccountForm;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.TerminalAccount;

/** Terminal accounts: list, create and edit in a dialog, disable, reset the password. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TerminalAccountAdmin accounts;

    @EJB
    InstitutionAdmin institutions;

    private List<TerminalAccount> list;
    private List<String> institutionIds;
    private Long id;
    private String loginId;
    private String password;
    private String institutionId;
    private String delimiter = "|";
    private String terminator = "CR";
    private String charset = "IBM850";
    private String errorDetection = "AUTO";
    private String location;
    private String allowedAddresses;
    private boolean enabled = true;
    private boolean patronPinRequired = true;
    private String certificateSubject;
    private List<OptionRow> options = OptionRow.of(Map.of());

    @PostConstruct
    void load() {
        list = accounts.list();
        institutionIds = institutions.list().stream().map(Institution::getId).toList();
    }

    public void startNew() {
        id = null;
        loginId = "";
        password = "";
        institutionId = institutionIds.isEmpty() ? null : institutionIds.get(0);
        delimiter = "|";
        terminator = "CR";
        charset = "IBM850";
        errorDetection = "AUTO";
        location = null;
        allowedAddresses = null;
        enabled = true;
        patronPinRequired = true;
        certificateSubject = null;
        options = OptionRow.of(Map.of());
    }

    public void edit(TerminalAccount account) {
        id = account.getId();
        loginId = account.getLoginId();
        password = "";
        institutionId = account.getInstitution().getId();
        delimiter = String.valueOf(account.getDelimiter());
        terminator = account.getTerminator().name();
        charset = account.getCharset();
        errorDetection = account.getErrorDetection().name();
        location = account.getLocation();
        allowedAddresses = account.getAllowedAddresses();
        enabled = account.isEnabled();
        patronPinRequired = account.isPatronPinRequired();
        certificateSubject = account.getCertificateSubject();
        options = OptionRow.of(account.getOptions());
    }

    public void save() {
        TerminalAccountForm form = new TerminalAccountForm(
                id,
                loginId,
                password,
                institutionId,
                delimiter,
                terminator,
                charset,
                errorDetection,
                location,
                allowedAddresses,
                enabled,
                patronPinRequired,
                certificateSubject,
                OptionRow.values(options));
        if (Feedback.attempt(() -> accounts.save(form), "Terminal account " + loginId + " saved")) {
            load();
        }
    }

    public void toggle(TerminalAccount account) {
        boolean enable = !account.isEnabled();
        if (Feedback.attempt(
                () -> accounts.setEnabled(account.getId(), enable),
                "Terminal account " + account.getLoginId()
                        + (enable ? " enabled" : " disabled; its connections were closed"))) {
            load();
        }
    }

    public void resetPassword() {
        Feedback.attempt(
                () -> accounts.resetPassword(id, password),
                "Password of " + loginId + " changed: it counts at the next login");
    }

    public List<TerminalAccount> getList() {
        return list;
    }

    public List<String> getInstitutionIds() {
        return institutionIds;
    }

    public List<String> getCharsets() {
        return List.of("IBM850", "ISO-8859-1", "windows-1252", "UTF-8", "US-ASCII");
    }

    public Long getId() {
        return id;
    }

    public String getLoginId() {
        return loginId;
    }

    public void setLoginId(String loginId) {
        this.loginId = loginId;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(String institutionId) {
        this.institutionId = institutionId;
    }

    public String getDelimiter() {
        return delimiter;
    }

    public void setDelimiter(String delimiter) {
        this.delimiter = delimiter;
    }

    public String getTerminator() {
        return terminator;
    }

    public void setTerminator(String terminator) {
        this.terminator = terminator;
    }

    public String getCharset() {
        return charset;
    }

    public void setCharset(String charset) {
        this.charset = charset;
    }

    public String getErrorDetection() {
        return errorDetection;
    }

    public void setErrorDetection(String errorDetection) {
        this.errorDetection = errorDetection;
    }

    public String getLocation() {
        return location;
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

    public boolean isEnabled() {
        return enabled;
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

    public String getCertificateSubject() {
        return certificateSubject;
    }

    public void setCertificateSubject(String certificateSubject) {
        this.certificateSubject = certificateSubject;
    }

    public List<OptionRow> getOptions() {
        return options;
    }
}
