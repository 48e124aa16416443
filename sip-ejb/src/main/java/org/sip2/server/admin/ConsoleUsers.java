package org.sip2.server.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import org.sip2.server.domain.ConsoleUser;
import org.sip2.server.security.Passwords;

/** Console users; the first admin comes from configuration or gets a one-time random password. */
@Stateless
public class ConsoleUsers {

    private static final Logger LOG = Logger.getLogger(ConsoleUsers.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    /** Creates the user {@code admin} when there is no console user yet. */
    public void ensureFirstAdmin(String configuredPassword) {
        if (em.createQuery("select count(u) from ConsoleUser u", Long.class).getSingleResult() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        em.persist(new ConsoleUser("admin", passwords.hash(password), ConsoleUser.ADMIN));
        if (generated) {
            LOG.warning("Admin console: created user 'admin' with the one-time password " + password
                    + " (set SIP_ADMIN_PASSWORD before the first start to choose it)");
        } else {
            LOG.info("Admin console: created user 'admin' with the password from SIP_ADMIN_PASSWORD");
        }
    }

    @RolesAllowed({"admin", "operator"})
    public List<ConsoleUser> list() {
        return em.createQuery("select u from ConsoleUser u order by u.username", ConsoleUser.class).getResultList();
    }

    @RolesAllowed("admin")
    public void setPassword(String username, String password) {
        if (password == null || password.length() < 8) {
            throw new AdminException("A console password needs at least 8 characters");
        }
        find(username).setPasswordHash(passwords.hash(password));
    }

    @RolesAllowed("admin")
    public void setEnabled(String username, boolean enabled) {
        find(username).setEnabled(enabled);
    }

    private ConsoleUser find(String username) {
        return em.createQuery("select u from ConsoleUser u where u.username = :u", ConsoleUser.class).setParameter("u", username)
                .getResultStream().findFirst().orElseThrow(() -> new AdminException("No console user " + username));
    }

    @RolesAllowed("admin")
    public void create(String username, String password, String role) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new AdminException("A user name has 2 to 64 letters, digits or . _ @ -");
        }
        if (password == null || password.length() < 8) {
            throw new AdminException("A console password needs at least 8 characters");
        }
        if (!ConsoleUser.ADMIN.equals(role) && !ConsoleUser.OPERATOR.equals(role)) {
            throw new AdminException("The role must be admin or operator");
        }
        if (!em.createQuery("select u from ConsoleUser u where u.username = :u", ConsoleUser.class).setParameter("u", username)
                .getResultList().isEmpty()) {
            throw new AdminException("A console user " + username + " exists already");
        }
        em.persist(new ConsoleUser(username, passwords.hash(password), role));
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
