package org.sip2.server.sip;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.connector.api.SipExchange;
import org.sip2.connector.api.SipReply;
import org.sip2.protocol.BlockPatronRequest;
import org.sip2.protocol.CheckinRequest;
import org.sip2.protocol.CheckoutRequest;
import org.sip2.protocol.EndPatronSessionRequest;
import org.sip2.protocol.FeePaidRequest;
import org.sip2.protocol.FieldId;
import org.sip2.protocol.HoldRequest;
import org.sip2.protocol.ItemInformationRequest;
import org.sip2.protocol.ItemStatusUpdateRequest;
import org.sip2.protocol.LoginRequest;
import org.sip2.protocol.MessageDefinition;
import org.sip2.protocol.MessageTable;
import org.sip2.protocol.PatronEnableRequest;
import org.sip2.protocol.PatronInformationRequest;
import org.sip2.protocol.PatronStatusRequest;
import org.sip2.protocol.Refusals;
import org.sip2.protocol.RenewAllRequest;
import org.sip2.protocol.RenewRequest;
import org.sip2.protocol.RequestAcsResend;
import org.sip2.protocol.ScStatusRequest;
import org.sip2.protocol.SipCodec;
import org.sip2.protocol.SipRequest;
import org.sip2.protocol.SipResponse;
import org.sip2.protocol.SupportedMessages;
import org.sip2.server.audit.Journal;
import org.sip2.server.cluster.Cluster;
import org.sip2.server.cluster.ClusterNotice;
import org.sip2.server.domain.Institution;
import org.sip2.server.monitoring.SipMetrics;
import org.sip2.server.screen.ScreenMessage;

/**
 * Routes each request to its responder. Before a successful login only 93 and 99 are served; a
 * request that lacks an identifier it cannot do without is refused saying which (docs/protocol.md §9.2, §9.3); the
 * institution's policy is enforced; a state-changing request runs exactly once (its response is
 * journaled with its effect and replayed to a retransmission).
 */
@ApplicationScoped
public class SipDispatcher {

    /** Every message pair is answered with real behaviour; the 98 says so in BX. */
    static final SupportedMessages HANDLED = new SupportedMessages(EnumSet.allOf(SupportedMessages.Pair.class));

    /**
     * Required by the spec, but treated as empty when absent (docs/protocol.md §9.3): passwords,
     * institution, locations.
     */
    private static final Set<FieldId> EMPTY_WHEN_ABSENT =
            EnumSet.of(FieldId.AC, FieldId.AD, FieldId.AO, FieldId.AP, FieldId.AL);

    /** The requests that change state (docs/protocol.md §3.7): journaled so that a retransmission changes nothing. */
    private static final Set<Class<? extends SipRequest>> STATE_CHANGING = Set.of(
            CheckoutRequest.class,
            CheckinRequest.class,
            RenewRequest.class,
            RenewAllRequest.class,
            HoldRequest.class,
            FeePaidRequest.class,
            BlockPatronRequest.class,
            PatronEnableRequest.class,
            ItemStatusUpdateRequest.class);

    /** Journaled responses are stored with a delimiter no value can contain (values never hold control characters). */
    private static final SipCodec JOURNAL_CODEC = new SipCodec('\u001F');

    @Inject
    LoginResponder login;

    @Inject
    StatusResponder status;

    @Inject
    PatronResponder patrons;

    @Inject
    ItemResponder items;

    @Inject
    CirculationResponder circulation;

    @Inject
    HoldResponder holds;

    @Inject
    FeeResponder fees;

    @Inject
    Terminals terminals;

    @Inject
    SharedRecords sharedRecords;

    @Inject
    Journal journal;

    @Inject
    TransactionRecorder recorder;

    @EJB
    SipMetrics metrics;

    @Inject
    ResponseFields responses;

    @Inject
    Cluster cluster;

    /** Whether a request is one of the nine that change state (and are journaled). */
    static boolean changesState(SipRequest request) {
        return STATE_CHANGING.contains(request.getClass());
    }

    public SipReply dispatch(SipExchange exchange) {
        long start = System.nanoTime();
        SipReply reply = exactlyOnce(exchange);
        recorder.record(exchange, reply.response(), start);
        return reply;
    }

    /**
     * Answers a retransmission of the terminal's latest state-changing request from the journal,
     * and journals the response to every other state-changing request with its effect. Any other
     * request of a logged-in terminal, but a login and an SC status right after it, ends the latest
     * request's chance of being retransmitted (docs/security.md, "Retransmissions").
     */
    private SipReply exactlyOnce(SipExchange exchange) {
        SipRequest request = exchange.request();
        ConnectionInfo connection = exchange.connection();
        long connectionId = connection.connectionId();
        String digest = exchange.key().digest();
        if (request instanceof LoginRequest || !connection.loggedIn()) {
            SipReply reply = route(request, connection);
            if (reply.login() != null) {
                journal.loggedIn(reply.login().loginId(), connectionId);
                // what the other instances remember of the terminal is stale from now on
                cluster.publishToOthers(
                        new ClusterNotice.TerminalLoggedIn(reply.login().loginId()));
            }
            return reply;
        }
        String terminal = connection.terminal().loginId();
        if (request instanceof ScStatusRequest) {
            journal.statusRequested(terminal, connectionId, digest);
            return route(request, connection);
        }
        if (!changesState(request)) {
            journal.arrived(terminal, connectionId, digest);
            return route(request, connection);
        }
        Optional<SipResponse> stored = journal.responseTo(
                        terminal,
                        connectionId,
                        digest,
                        request.id(),
                        responses.clock().now())
                .map(text -> (SipResponse) JOURNAL_CODEC.parse(text))
                .filter(response -> answers(response, request));
        if (stored.isPresent()) {
            metrics.journalReplayed();
            return SipReply.of(stored.get());
        }
        SipReply reply = route(request, connection);
        journal.record(
                terminal,
                digest,
                request.id(),
                JOURNAL_CODEC.format(reply.response()),
                responses.clock().now());
        return reply;
    }

    /**
     * A stored response is given only if it is of the request's response type and names the request's patron and item.
     */
    private boolean answers(SipResponse stored, SipRequest request) {
        if (stored.getClass() != Refusals.of(request, "", responses.now()).getClass()) {
            return false;
        }
        MessageDefinition asked = definition(request);
        MessageDefinition answered = MessageTable.definitionOf(stored.getClass());
        return Stream.of(FieldId.AA, FieldId.AB).allMatch(field -> {
            Object requested = asked.value(request, field);
            Object given = answered.value(stored, field);
            return requested == null || given == null || requested.toString().equals(given.toString());
        });
    }

    private SipReply route(SipRequest request, ConnectionInfo connection) {
        MessageDefinition definition = MessageTable.definitionOf(request.getClass());
        List<FieldId> missing = definition.missingRequiredFields(request).stream()
                .filter(id -> !EMPTY_WHEN_ABSENT.contains(id))
                .toList();
        if (!missing.isEmpty()) {
            List<String> fields = missing.stream()
                    .map(id -> id.description() + " (" + id + ")")
                    .toList();
            return refuse(
                    request,
                    fields.size() == 1
                            ? ScreenMessage.MISSING_FIELD.text(definition.name(), fields.get(0))
                            : ScreenMessage.MISSING_FIELDS.text(
                                    definition.name(),
                                    String.join(", ", fields.subList(0, fields.size() - 1)),
                                    fields.getLast()));
        }
        return switch (request) {
            case LoginRequest r -> login.login(r, connection);
            case ScStatusRequest r -> SipReply.of(status.acsStatus(r, connection));
            default ->
                connection.loggedIn()
                        ? loggedIn(request, connection)
                        : refuse(request, ScreenMessage.NOT_LOGGED_IN.text());
        };
    }

    private SipReply loggedIn(SipRequest request, ConnectionInfo connection) {
        Institution institution = terminals.institution(connection);
        String refusal = Optional.ofNullable(
                        PolicyGate.refusal(request, institution.getPolicy().enforced()))
                .orElseGet(() -> sharedRecords.refusal(request, institution));
        // docs/protocol.md §6.8: a refused 01 or 25 still answers with the patron's real status.
        if (refusal != null && !(request instanceof BlockPatronRequest) && !(request instanceof PatronEnableRequest)) {
            return refuse(request, refusal);
        }
        return SipReply.of(ResponseOptions.apply(
                switch (request) {
                    case PatronStatusRequest r -> patrons.patronStatus(r, connection);
                    case PatronInformationRequest r -> patrons.patronInformation(r, connection);
                    case EndPatronSessionRequest r -> patrons.endSession(r, connection);
                    case BlockPatronRequest r -> patrons.block(r, connection, refusal);
                    case PatronEnableRequest r -> patrons.enable(r, connection, refusal);
                    case ItemInformationRequest r -> items.itemInformation(r, connection);
                    case ItemStatusUpdateRequest r -> items.statusUpdate(r, connection);
                    case CheckoutRequest r -> circulation.checkout(r, connection, institution);
                    case CheckinRequest r -> circulation.checkin(r, connection);
                    case RenewRequest r -> circulation.renew(r, connection);
                    case RenewAllRequest r -> circulation.renewAll(r, connection);
                    case HoldRequest r -> holds.hold(r, connection);
                    case FeePaidRequest r -> fees.feePaid(r, connection);
                    // answered before this point (route) or by the connector (97): never here
                    case LoginRequest r -> notSupported(r);
                    case ScStatusRequest r -> notSupported(r);
                    case RequestAcsResend r -> notSupported(r);
                },
                terminals.options(connection)));
    }

    private SipResponse notSupported(SipRequest request) {
        return Refusals.of(
                request, ScreenMessage.NOT_SUPPORTED.text(definition(request).name()), responses.now());
    }

    private SipReply refuse(SipRequest request, String screenMessage) {
        return SipReply.of(Refusals.of(request, screenMessage, responses.now()));
    }

    private static MessageDefinition definition(SipRequest request) {
        return MessageTable.definitionOf(request.getClass());
    }
}
