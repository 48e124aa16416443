package org.sip2.server.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.sip2.server.domain.ConsoleUser;
import org.sip2.server.security.Passwords;

/**
 * Console users; the first admin comes from configuration or gets a one-time random password, which
 * must be changed at the first sign-in. Console passwords have at least {@value #MIN_PASSWORD_LENGTH}
 * characters.
 */
@Stateless
public class ConsoleUsers {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger LOG = Logger.getLogger(ConsoleUsers.class.getName());

    /** Who signed in: the name, the role, and whether the password must be changed first. */
    public record SignedIn(String username, String role, boolean mustChangePassword) {}

    @Resource
    SessionContext context;

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
        if (!generated && configuredPassword.length() < MIN_PASSWORD_LENGTH) {
            LOG.warning("Admin console: SIP_ADMIN_PASSWORD is shorter than " + MIN_PASSWORD_LENGTH
                    + " characters and is not used");
            generated = true;
        }
        String password = generated ? randomPassword() : configuredPassword;
        ConsoleUser admin = new ConsoleUser("admin", passwords.hash(password), ConsoleUser.ADMIN);
        // A password chosen in the configuration is the operator's own; one written to the log is not.
        admin.setMustChangePassword(generated);
        em.persist(admin);
        if (generated) {
            LOG.warning("Admin console: created user 'admin' with the one-time password " + password
                    + " (to be changed at the first sign-in; set SIP_ADMIN_PASSWORD before the first start"
                    + " to choose it)");
        } else {
            LOG.info("Admin console: created user 'admin' with the password from SIP_ADMIN_PASSWORD");
        }
    }

    @RolesAllowed({"admin", "operator"})
    public List<ConsoleUser> list() {
        return em.createQuery("select u from ConsoleUser u order by u.username", ConsoleUser.class)
                .getResultList();
    }

    /**
     * The signed-in user, if the password is right and the user enabled. An unknown or disabled user
     * costs one PBKDF2 check, as a wrong password does.
     */
    @PermitAll
    public Optional<SignedIn> verify(String username, String password) {
        ConsoleUser user = username == null
                ? null
                : em.createQuery(
                                "select u from ConsoleUser u where u.username = :u and u.enabled = true",
                                ConsoleUser.class)
                        .setParameter("u", username)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (!passwords.matches(password, user == null ? null : user.getPasswordHash())) {
            return Optional.empty();
        }
        return Optional.of(new SignedIn(user.getUsername(), user.getRole(), user.isMustChangePassword()));
    }

    /** The signed-in user changes their own password, giving the current one. */
    @RolesAllowed({"admin", "operator"})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        ConsoleUser user = find(context.getCallerPrincipal().getName());
        if (!passwords.matches(currentPassword, user.getPasswordHash())) {
            throw new AdminException("The current password is not correct");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new AdminException("The new password must differ from the current one");
        }
        checkLength(newPassword);
        user.setPasswordHash(passwords.hash(newPassword));
        user.setMustChangePassword(false);
    }

    @RolesAllowed("admin")
    public void setPassword(String username, String password) {
        checkLength(password);
        find(username).setPasswordHash(passwords.hash(password));
    }

    private static void checkLength(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AdminException("A console password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    @RolesAllowed("admin")
    public void setEnabled(String username, boolean enabled) {
        find(username).setEnabled(enabled);
    }

    private ConsoleUser find(String username) {
        return em.createQuery("select u from ConsoleUser u where u.username = :u", ConsoleUser.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new AdminException("No console user " + username));
    }

    @RolesAllowed("admin")
    public void create(String username, String password, String role) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new AdminException("A user name has 2 to 64 letters, digits or . _ @ -");
        }
        checkLength(password);
        if (!ConsoleUser.ADMIN.equals(role) && !ConsoleUser.OPERATOR.equals(role)) {
            throw new AdminException("The role must be admin or operator");
        }
        if (!em.createQuery("select u from ConsoleUser u where u.username = :u", ConsoleUser.class)
                .setParameter("u", username)
                .getResultList()
                .isEmpty()) {
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
