package org.sip2.it.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sip2.server.domain.ConsoleUser;
import org.sip2.server.security.Passwords;

/**
 * Console users of the sign-in tests, created once in the shared IT database: {@code dep-onetime}
 * (operator) holds the one-time password {@link #ONE_TIME_PASSWORD}, as the first admin does when
 * no password is configured; {@code dep-throttled} (operator) has {@link #PASSWORD}. Both come from the
 * pom's {@code it.console.password}, which the server and the tests are given.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class ConsoleUserFixtures {

    public static final String ONE_TIME_USER = "dep-onetime";
    public static final String ONE_TIME_PASSWORD = "once-" + System.getProperty("it.console.password");
    public static final String THROTTLED_USER = "dep-throttled";
    public static final String PASSWORD = System.getProperty("it.console.password");

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @PostConstruct
    void create() {
        if (!em.createQuery("select u from ConsoleUser u where u.username = :u", ConsoleUser.class)
                .setParameter("u", ONE_TIME_USER)
                .getResultList()
                .isEmpty()) {
            return;
        }
        ConsoleUser oneTime = new ConsoleUser(ONE_TIME_USER, passwords.hash(ONE_TIME_PASSWORD), ConsoleUser.OPERATOR);
        oneTime.setMustChangePassword(true);
        em.persist(oneTime);
        em.persist(new ConsoleUser(THROTTLED_USER, passwords.hash(PASSWORD), ConsoleUser.OPERATOR));
    }
}
