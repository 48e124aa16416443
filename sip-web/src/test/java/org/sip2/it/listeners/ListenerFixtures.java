package org.sip2.it.listeners;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.TerminalAccount;
import org.sip2.server.security.Passwords;

/**
 * Terminal accounts of the listener tests in the demo institution CPL, created once in the shared IT database:
 * {@code LSN-telnet} (password {@code LSN-telnet-pass}) and {@code LSN-kiosk} (password {@code LSN-kiosk-pass}),
 * which is bound to the client certificate {@link #KIOSK_SUBJECT}.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class ListenerFixtures {

    public static final String KIOSK_SUBJECT = "CN=LSN-kiosk,O=SIP2 terminals";

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @PostConstruct
    void create() {
        Institution library = em.find(Institution.class, "CPL");
        for (String loginId : new String[] {"LSN-telnet", "LSN-kiosk"}) {
            if (em.createQuery("select a from TerminalAccount a where a.loginId = :id", TerminalAccount.class)
                    .setParameter("id", loginId)
                    .getResultList()
                    .isEmpty()) {
                TerminalAccount account = new TerminalAccount(loginId, passwords.hash(loginId + "-pass"), library);
                account.setCertificateSubject(loginId.equals("LSN-kiosk") ? KIOSK_SUBJECT : null);
                em.persist(account);
            }
        }
    }
}
