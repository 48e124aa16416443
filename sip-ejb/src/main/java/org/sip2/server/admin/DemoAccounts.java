package org.sip2.server.admin;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.sip2.server.domain.TerminalAccount;
import org.sip2.server.security.Passwords;

/**
 * The demo library's terminal accounts and their published passwords. While an account still
 * has its demo password, every start logs a warning and the console's dashboard shows a banner;
 * the password is verified against the stored hash at start and after each change in the console.
 */
@Singleton
public class DemoAccounts {

    /** Login id and password of each demo terminal account, as the README publishes them. */
    public static final Map<String, String> PASSWORDS = Map.of("term1", "term1", "sc1", "sc1");
    /** Where the demo accounts may log in from: this machine only. */
    public static final String LOOPBACK = "127.0.0.0/8,::1";

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    private final Set<String> withDemoPassword = new TreeSet<>();

    /**
     * At start: which demo accounts still have their demo password; a warning for each. One that
     * a database from before this check lets in from anywhere is held to loopback.
     */
    public void check() {
        PASSWORDS.keySet().forEach(this::recheck);
        for (String loginId : withDemoPassword) {
            TerminalAccount account = em.createNamedQuery("TerminalAccount.byLoginId", TerminalAccount.class)
                    .setParameter("loginId", loginId)
                    .getSingleResult();
            if (account.getAllowedAddresses() == null) {
                account.setAllowedAddresses(LOOPBACK);
                LOG.warning("Terminal account " + loginId + " has its demo password: it now takes logins from "
                        + LOOPBACK + " only");
            }
        }
        withDemoPassword.forEach(loginId -> LOG.warning("Terminal account " + loginId + " still has its published demo"
                + " password: change it or disable the account in the console (Terminal accounts) before terminals"
                + " connect from other machines"));
    }

    /** After a change in the console: whether this account (by login id) still has a demo password. */
    public void recheck(String loginId) {
        String demoPassword = PASSWORDS.get(loginId);
        List<TerminalAccount> accounts = em.createNamedQuery("TerminalAccount.byLoginId", TerminalAccount.class)
                .setParameter("loginId", loginId)
                .getResultList();
        boolean demo = demoPassword != null
                && accounts.stream()
                        .anyMatch(account ->
                                account.isEnabled() && passwords.matches(demoPassword, account.getPasswordHash()));
        if (demo) {
            withDemoPassword.add(loginId);
        } else {
            withDemoPassword.remove(loginId);
        }
    }

    /** The enabled accounts that still have their demo password, by login id. */
    @Lock(LockType.READ)
    public List<String> withDemoPassword() {
        return List.copyOf(withDemoPassword);
    }
}
