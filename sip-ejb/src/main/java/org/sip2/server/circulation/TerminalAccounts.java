package org.sip2.server.circulation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.sip2.server.domain.TerminalAccount;
import org.sip2.server.security.AddressRange;
import org.sip2.server.security.Passwords;

/** Terminal accounts: who may log in (93) and with which settings. */
@Stateless
public class TerminalAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    /**
     * The enabled account with this login id and password, when the terminal's address is in the
     * account's allowed ranges; empty for any mismatch, with the same cost.
     */
    public Optional<TerminalAccount> authenticate(String loginId, String password, String remoteAddress) {
        Optional<TerminalAccount> account = em.createNamedQuery("TerminalAccount.byLoginId", TerminalAccount.class)
                .setParameter("loginId", loginId == null ? "" : loginId)
                .getResultStream().findFirst();
        boolean matches = passwords.matches(password == null ? "" : password, account.map(TerminalAccount::getPasswordHash).orElse(null));
        return account.filter(a -> matches && a.isEnabled() && AddressRange.allows(a.getAllowedAddresses(), remoteAddress));
    }
}
