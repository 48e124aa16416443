package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sip2.connector.api.SessionInfo;
import org.sip2.connector.api.SipExchange;
import org.sip2.connector.api.SipReply;
import org.sip2.protocol.EndPatronSessionRequest;
import org.sip2.protocol.FieldId;
import org.sip2.protocol.ItemInformationRequest;
import org.sip2.protocol.LoginRequest;
import org.sip2.protocol.MessageTable;
import org.sip2.protocol.PatronInformationRequest;
import org.sip2.protocol.PatronStatusRequest;
import org.sip2.protocol.Refusals;
import org.sip2.protocol.ScStatusRequest;
import org.sip2.protocol.SipRequest;
import org.sip2.protocol.SupportedMessages;

/**
 * Routes each request to its responder. Before a successful login only 93 and 99 are served; a
 * request that lacks an identifier it cannot do without is refused saying which (§9.2, §9.3);
 * a message this server does not handle gets its failure form (§9.1).
 */
@ApplicationScoped
public class SipDispatcher {

    /** The message pairs answered with real behaviour: exactly what the 98 advertises in BX. */
    static final SupportedMessages HANDLED = new SupportedMessages(EnumSet.of(
            SupportedMessages.Pair.LOGIN, SupportedMessages.Pair.SC_ACS_STATUS, SupportedMessages.Pair.RESEND,
            SupportedMessages.Pair.PATRON_STATUS, SupportedMessages.Pair.PATRON_INFORMATION,
            SupportedMessages.Pair.END_PATRON_SESSION, SupportedMessages.Pair.ITEM_INFORMATION));

    /** Required by the spec, but treated as empty when absent (§9.3): passwords, institution, locations. */
    private static final Set<FieldId> EMPTY_WHEN_ABSENT = EnumSet.of(FieldId.AC, FieldId.AD, FieldId.AO, FieldId.AP, FieldId.AL);

    @Inject
    LoginResponder login;

    @Inject
    StatusResponder status;

    @Inject
    PatronResponder patrons;

    @Inject
    ItemResponder items;

    @Inject
    Responses responses;

    public SipReply dispatch(SipExchange exchange) {
        SipRequest request = exchange.request();
        SessionInfo session = exchange.session();
        List<FieldId> missing = MessageTable.definitionOf(request.getClass()).missingRequiredFields(request).stream()
                .filter(id -> !EMPTY_WHEN_ABSENT.contains(id)).toList();
        if (!missing.isEmpty()) {
            return refuse(request, MessageTable.definitionOf(request.getClass()).name() + " refused: the request has no "
                    + missing.stream().map(id -> id.description() + " (" + id + ")").collect(Collectors.joining(" and no ")));
        }
        return switch (request) {
            case LoginRequest r -> login.login(r, session);
            case ScStatusRequest r -> SipReply.of(status.acsStatus(r, session));
            default -> session.loggedIn() ? loggedIn(request, session) : refuse(request, "Terminal not logged in: send a Login (93) first");
        };
    }

    private SipReply loggedIn(SipRequest request, SessionInfo session) {
        return switch (request) {
            case PatronStatusRequest r -> SipReply.of(patrons.patronStatus(r, session));
            case PatronInformationRequest r -> SipReply.of(patrons.patronInformation(r, session));
            case EndPatronSessionRequest r -> SipReply.of(patrons.endSession(r, session));
            case ItemInformationRequest r -> SipReply.of(items.itemInformation(r));
            default -> refuse(request, MessageTable.definitionOf(request.getClass()).name() + " is not supported by this server");
        };
    }

    private SipReply refuse(SipRequest request, String screenMessage) {
        return SipReply.of(Refusals.of(request, screenMessage, responses.now()));
    }
}
