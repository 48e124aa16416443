package org.sip2.server.admin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import org.sip2.connector.api.AddressRange;
import org.sip2.connector.api.ErrorDetectionMode;
import org.sip2.server.backend.OptionValues;
import org.sip2.server.backend.TerminalOption;
import org.sip2.server.circulation.TerminalAccounts;
import org.sip2.server.cluster.Cluster;
import org.sip2.server.cluster.ClusterNotice;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.TerminalAccount;
import org.sip2.server.security.Passwords;

/** Terminal accounts: list, create, edit, disable, reset password. A change counts at the next SIP login. */
@Stateless
@DeclareRoles({"admin", "operator"})
public class TerminalAccountAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    Cluster cluster;

    @Inject
    Passwords passwords;

    @Inject
    TerminalAccounts accounts;

    @EJB
    DemoAccounts demoAccounts;

    @RolesAllowed({"admin", "operator"})
    public List<TerminalAccount> list() {
        return em.createQuery(
                        "select a from TerminalAccount a join fetch a.institution order by a.loginId",
                        TerminalAccount.class)
                .getResultList();
    }

    @RolesAllowed("admin")
    public TerminalAccount save(TerminalAccountForm form) {
        String loginId = form.loginId() == null ? "" : form.loginId().trim();
        if (loginId.isEmpty() || loginId.contains("|")) {
            throw new AdminException("The login id must not be empty or contain |");
        }
        List<TerminalAccount> sameId = em.createQuery(
                        "select a from TerminalAccount a where a.loginId = :id", TerminalAccount.class)
                .setParameter("id", loginId)
                .getResultList();
        if (sameId.stream().anyMatch(other -> !other.getId().equals(form.id()))) {
            throw new AdminException("The login id " + loginId + " is already used by another terminal account");
        }
        if (form.delimiter() == null || form.delimiter().length() != 1) {
            throw new AdminException("The delimiter must be exactly one character");
        }
        if (form.charset() == null || !Charset.isSupported(form.charset())) {
            throw new AdminException("Unknown character set " + form.charset());
        }
        try {
            AddressRange.parseList(form.allowedAddresses());
        } catch (IllegalArgumentException e) {
            throw new AdminException("Allowed IP ranges: " + e.getMessage());
        }
        Institution institution = em.find(Institution.class, form.institutionId());
        if (institution == null) {
            throw new AdminException("Unknown institution " + form.institutionId());
        }
        boolean hasPassword = form.password() != null && !form.password().isEmpty();
        TerminalAccount account;
        String formerLoginId = form.id() == null
                ? loginId
                : em.find(TerminalAccount.class, form.id()).getLoginId();
        if (form.id() == null) {
            if (!hasPassword) {
                throw new AdminException("A new terminal account needs a password");
            }
            account = new TerminalAccount(loginId, passwords.hash(form.password()), institution);
            em.persist(account);
        } else {
            account = em.find(TerminalAccount.class, form.id());
            if (hasPassword) {
                account.setPasswordHash(passwords.hash(form.password()));
                accounts.forgetVerifiedPassword(account.getLoginId());
            }
            account.setInstitution(institution);
        }
        account.rename(loginId);
        account.speak(
                form.delimiter().charAt(0),
                TerminalAccount.Terminator.valueOf(form.terminator()),
                form.charset(),
                ErrorDetectionMode.valueOf(form.errorDetection()));
        account.setLocation(blankToNull(form.location()));
        account.setAllowedAddresses(blankToNull(form.allowedAddresses()));
        account.setCertificateSubject(certificateSubject(form.certificateSubject()));
        account.setPatronPinRequired(form.patronPinRequired());
        setOptions(account, form.options());
        setEnabled(account, form.enabled());
        demoAccounts.recheck(formerLoginId);
        demoAccounts.recheck(loginId);
        return account;
    }

    @RolesAllowed("admin")
    public void resetPassword(long id, String password) {
        if (password == null || password.isEmpty()) {
            throw new AdminException("The new password must not be empty");
        }
        TerminalAccount account = em.find(TerminalAccount.class, id);
        account.setPasswordHash(passwords.hash(password));
        accounts.forgetVerifiedPassword(account.getLoginId());
        demoAccounts.recheck(account.getLoginId());
    }

    @RolesAllowed("admin")
    public void setEnabled(long id, boolean enabled) {
        TerminalAccount account = em.find(TerminalAccount.class, id);
        setEnabled(account, enabled);
        demoAccounts.recheck(account.getLoginId());
    }

    /** Every known option is set from the form: stored when it differs from its default, else removed. */
    private static void setOptions(TerminalAccount account, Map<String, String> options) {
        options.keySet().stream()
                .filter(name -> TerminalOption.named(name).isEmpty())
                .findFirst()
                .ifPresent(name -> {
                    throw new AdminException("Unknown terminal option " + name);
                });
        for (TerminalOption option : TerminalOption.values()) {
            String value;
            try {
                value = OptionValues.validate(option, options.get(option.key()));
            } catch (IllegalArgumentException e) {
                throw new AdminException(option.key() + ": " + e.getMessage());
            }
            account.setOption(option.key(), value.equals(option.defaultValue()) ? null : value);
        }
    }

    /** Disabling an account also closes its open SIP connections, on every instance. */
    private void setEnabled(TerminalAccount account, boolean enabled) {
        account.setEnabled(enabled);
        if (!enabled) {
            cluster.publish(new ClusterNotice.DisconnectTerminal(account.getLoginId()));
        }
    }

    /** In the JDK's RFC 2253 spelling, the one the connector reports. */
    private static String certificateSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            return null;
        }
        try {
            return new X500Principal(subject.strip()).getName(X500Principal.RFC2253);
        } catch (IllegalArgumentException e) {
            throw new AdminException("'" + subject + "' is not a certificate subject such as CN=kiosk-1,O=Library");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
