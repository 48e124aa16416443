package org.sip2.server.sip;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.protocol.AcsStatusResponse;
import org.sip2.protocol.ScStatusCode;
import org.sip2.protocol.ScStatusRequest;
import org.sip2.server.circulation.Institutions;
import org.sip2.server.domain.CirculationPolicy;
import org.sip2.server.domain.Institution;
import org.sip2.server.screen.ScreenMessage;

/**
 * 99 → 98 (docs/protocol.md §6.2): the institution's policy as flags, the terminal's timeout and
 * retries, the supported messages.
 */
@ApplicationScoped
public class StatusResponder {

    private static final Logger LOG = Logger.getLogger(StatusResponder.class.getName());
    static final String PROTOCOL_VERSION = "2.00";

    @EJB
    Institutions institutions;

    @Inject
    ResponseFields responses;

    public AcsStatusResponse acsStatus(ScStatusRequest request, ConnectionInfo connection) {
        if (request.statusCode() != null && request.statusCode() != ScStatusCode.OK) {
            LOG.info(() -> "Terminal " + terminal(connection) + " at " + connection.remoteAddress() + " reports: "
                    + request.statusCode().description());
        }
        Optional<Institution> institution =
                connection.loggedIn() ? institutions.find(connection.terminal().institutionId()) : Optional.empty();
        if (institution.isEmpty()) {
            // Before login (SCs often send 99 first): on line, but nothing is allowed until the terminal logs in.
            return new AcsStatusResponse(
                    true,
                    false,
                    false,
                    false,
                    false,
                    false,
                    100,
                    3,
                    responses.now(),
                    PROTOCOL_VERSION,
                    connection.loggedIn() ? connection.terminal().institutionId() : "",
                    null,
                    SipDispatcher.HANDLED,
                    null,
                    connection.loggedIn() ? null : List.of(ScreenMessage.PLEASE_LOG_IN.text()),
                    null);
        }
        CirculationPolicy policy = institution.get().getPolicy();
        return new AcsStatusResponse(
                true,
                policy.isCheckinAllowed(),
                policy.isCheckoutAllowed(),
                policy.isRenewalAllowed(),
                policy.isStatusUpdateAllowed(),
                policy.isOfflineAllowed(),
                policy.getTimeoutTenths(),
                policy.getRetries(),
                responses.now(),
                PROTOCOL_VERSION,
                institution.get().getId(),
                institution.get().getName(),
                SipDispatcher.HANDLED,
                connection.terminal().locationCode(),
                null,
                null);
    }

    private static String terminal(ConnectionInfo connection) {
        return connection.loggedIn() ? connection.terminal().loginId() : "(not logged in)";
    }
}
