package org.sip2.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.sip2.server.admin.ConsoleSignIn;
import org.sip2.server.admin.ConsoleUsers.SignedIn;

/**
 * Checks a console sign-in ({@link ConsoleSignIn}: throttled, an unknown user costs as much as a
 * wrong password). On success the session gets a new id, so that an id planted before the sign-in
 * is worth nothing after it, and is registered under its user ({@link ConsoleSessions}).
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @Inject
    ConsoleSignIn signIn;

    @Inject
    ConsoleSessions sessions;

    @Inject
    HttpServletRequest request;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<SignedIn> user =
                signIn.signIn(credential.getCaller(), credential.getPasswordAsString(), request.getRemoteAddr());
        if (user.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession();
        PasswordChangeGate.require(session, user.get().mustChangePassword());
        sessions.signedIn(user.get().username(), session);
        return new CredentialValidationResult(
                user.get().username(), Set.of(user.get().role()));
    }
}
