package org.example.ils;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.sip2.connector.api.ErrorDetectionMode;
import org.sip2.connector.api.SipExchange;
import org.sip2.connector.api.SipListener;
import org.sip2.connector.api.SipReply;
import org.sip2.connector.api.TerminalLogin;
import org.sip2.protocol.AcsStatusResponse;
import org.sip2.protocol.LoginRequest;
import org.sip2.protocol.LoginResponse;
import org.sip2.protocol.Refusals;
import org.sip2.protocol.ScStatusRequest;
import org.sip2.protocol.SipDate;
import org.sip2.protocol.SupportedMessages;
import org.sip2.protocol.SupportedMessages.Pair;

/**
 * The smallest useful SIP2 endpoint: a terminal logs in (93 → 94) and asks for the status
 * (99 → 98); any other request gets the failure form of its response. An ILS module puts its own
 * accounts and circulation behind the same switch.
 */
@MessageDriven(
        activationConfig = {
            @ActivationConfigProperty(propertyName = "bindAddress", propertyValue = "127.0.0.1"),
            @ActivationConfigProperty(propertyName = "port", propertyValue = "${MPCONFIG=ils.sip.port:6001}"),
            @ActivationConfigProperty(propertyName = "logFile", propertyValue = "logs/ils-sip.log")
        })
public class SelfCheckEndpoint implements SipListener {

    private static final String INSTITUTION = "MAIN";
    private static final SupportedMessages SUPPORTED =
            new SupportedMessages(EnumSet.of(Pair.LOGIN, Pair.SC_ACS_STATUS, Pair.RESEND));

    @Override
    public SipReply onRequest(SipExchange exchange) {
        SipDate now = SipDate.local(LocalDateTime.now());
        return switch (exchange.request()) {
            case LoginRequest login -> login(login);
            case ScStatusRequest status ->
                SipReply.of(new AcsStatusResponse(
                        true,
                        false,
                        false,
                        false,
                        false,
                        false,
                        100,
                        3,
                        now,
                        "2.00",
                        INSTITUTION,
                        "Example Library",
                        SUPPORTED,
                        null,
                        null,
                        null));
            default ->
                SipReply.of(Refusals.of(
                        exchange.request(),
                        exchange.connection().loggedIn() ? "Not available at this terminal" : "Please log in",
                        now));
        };
    }

    /** One account, its password from the setting ils.sip.password; a real module asks its user store. */
    private static SipReply login(LoginRequest login) {
        String password = System.getProperty("ils.sip.password");
        if (!"selfcheck".equals(login.loginUserId())
                || password == null
                || login.loginPassword() == null
                || !MessageDigest.isEqual(
                        password.getBytes(StandardCharsets.UTF_8),
                        login.loginPassword().getBytes(StandardCharsets.UTF_8))) {
            return SipReply.of(new LoginResponse(false));
        }
        // From the 94 on, the connection speaks with this delimiter, terminator and character set.
        TerminalLogin terminal = new TerminalLogin(
                login.loginUserId(), INSTITUTION, login.locationCode(), '|', "\r", "IBM850", ErrorDetectionMode.AUTO);
        return SipReply.loggedIn(new LoginResponse(true), terminal);
    }
}
