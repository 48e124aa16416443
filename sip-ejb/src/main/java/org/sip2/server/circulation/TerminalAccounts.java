package org.sip2.server.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.sip2.connector.api.AddressRange;
import org.sip2.server.cluster.Cluster;
import org.sip2.server.cluster.ClusterNotice;
import org.sip2.server.domain.TerminalAccount;
import org.sip2.server.security.Passwords;
import org.sip2.server.security.VerifiedSecrets;

/** Terminal accounts: who may log in (93) and with which settings. */
@ApplicationScoped
public class TerminalAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    VerifiedSecrets verified;

    @Inject
    Cluster cluster;

    /**
     * The enabled account with this login id and password, when the terminal's address is in the
     * account's allowed ranges; empty for any mismatch, with the same cost.
     */
    public Optional<TerminalAccount> authenticate(String loginId, String password, String remoteAddress) {
        Optional<TerminalAccount> account = em
                .createNamedQuery("TerminalAccount.byLoginId", TerminalAccount.class)
                .setParameter("loginId", loginId == null ? "" : loginId)
                .getResultList()
                .stream()
                .findFirst();
        String secret = password == null ? "" : password;
        String hash = account.map(TerminalAccount::getPasswordHash).orElse(null);
        boolean matches = verify(VerifiedSecrets.terminal(loginId), secret, hash);
        return account.filter(
                a -> matches && a.isEnabled() && AddressRange.allows(a.getAllowedAddresses(), remoteAddress));
    }

    /** From memory when this password was verified recently; else PBKDF2, remembered when right. */
    private boolean verify(String subject, String secret, String hash) {
        if (verified.holds(subject, secret, hash)) {
            return true;
        }
        boolean matches = passwords.matches(secret, hash);
        if (matches) {
            verified.remember(subject, secret, hash);
        }
        return matches;
    }

    /** Whether the account must send the patron's PIN (AD) with every patron request; true for an unknown account. */
    public boolean patronPinRequired(String loginId) {
        return em
                .createNamedQuery("TerminalAccount.byLoginId", TerminalAccount.class)
                .setParameter("loginId", loginId)
                .getResultList()
                .stream()
                .findFirst()
                .map(TerminalAccount::isPatronPinRequired)
                .orElse(true);
    }

    /** The password changed: a login verified before must be checked again, on every instance. */
    public void forgetVerifiedPassword(String loginId) {
        cluster.publish(new ClusterNotice.ForgetSecret(VerifiedSecrets.terminal(loginId)));
    }
}
