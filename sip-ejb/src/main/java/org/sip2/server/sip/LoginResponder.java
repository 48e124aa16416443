package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.security.auth.x500.X500Principal;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.connector.api.SipReply;
import org.sip2.connector.api.TerminalLogin;
import org.sip2.protocol.LoginRequest;
import org.sip2.protocol.LoginResponse;
import org.sip2.server.circulation.TerminalAccounts;
import org.sip2.server.domain.TerminalAccount;

/**
 * 93 → 94 (docs/protocol.md §6.1): a terminal logs in with its account; the account's settings
 * then apply to the connection.
 */
@ApplicationScoped
public class LoginResponder {

    private static final Logger LOG = Logger.getLogger(LoginResponder.class.getName());
    private static final String NOT_ENCRYPTED = "0";

    @Inject
    TerminalAccounts accounts;

    @Inject
    LoginThrottle throttle;

    public SipReply login(LoginRequest request, ConnectionInfo connection) {
        if (!NOT_ENCRYPTED.equals(request.uidAlgorithm()) || !NOT_ENCRYPTED.equals(request.pwdAlgorithm())) {
            LOG.info(() -> "Login refused from " + connection.remoteAddress()
                    + ": encrypted user id or password is not supported");
            return SipReply.of(new LoginResponse(false));
        }
        if (throttle.waiting(request.loginUserId(), connection.remoteAddress())) {
            // Not the login id, as below.
            LOG.info(() -> "Login refused unchecked from " + connection.remoteAddress()
                    + ": too many refused logins, backing off");
            return SipReply.of(new LoginResponse(false));
        }
        Optional<TerminalAccount> account =
                accounts.authenticate(request.loginUserId(), request.loginPassword(), connection.remoteAddress());
        if (account.isEmpty()) {
            throttle.refused(request.loginUserId(), connection.remoteAddress());
            // Not the login id: a refused login's CN is often a password typed in the wrong field.
            LOG.info(() -> "Login refused from " + connection.remoteAddress());
            return SipReply.of(new LoginResponse(false));
        }
        TerminalAccount terminal = account.get();
        if (!presentsItsCertificate(terminal, connection)) {
            throttle.refused(request.loginUserId(), connection.remoteAddress());
            LOG.info(() -> "Login refused from " + connection.remoteAddress()
                    + ": the account needs the client certificate " + terminal.getCertificateSubject()
                    + ", the connection has " + connection.clientCertificate());
            return SipReply.of(new LoginResponse(false));
        }
        throttle.succeeded(request.loginUserId(), connection.remoteAddress());
        TerminalLogin profile = new TerminalLogin(
                terminal.getLoginId(),
                terminal.getInstitution().getId(),
                request.locationCode() == null || request.locationCode().isBlank()
                        ? terminal.getLocation()
                        : request.locationCode(),
                terminal.getDelimiter(),
                terminal.getTerminator().text(),
                terminal.getCharset(),
                terminal.getErrorDetection(),
                terminal.getOptions());
        return SipReply.loggedIn(new LoginResponse(true), profile);
    }

    /** An account bound to a certificate logs in only over TLS with that certificate (docs/security.md). */
    private static boolean presentsItsCertificate(TerminalAccount terminal, ConnectionInfo connection) {
        return terminal.getCertificateSubject() == null
                || connection.clientCertificate() != null
                        && new X500Principal(terminal.getCertificateSubject())
                                .equals(new X500Principal(connection.clientCertificate()));
    }
}
