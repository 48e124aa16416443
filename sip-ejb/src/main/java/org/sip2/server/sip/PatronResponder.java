package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.protocol.BlockPatronRequest;
import org.sip2.protocol.EndPatronSessionRequest;
import org.sip2.protocol.EndSessionResponse;
import org.sip2.protocol.ExtraField;
import org.sip2.protocol.PatronEnableRequest;
import org.sip2.protocol.PatronEnableResponse;
import org.sip2.protocol.PatronInformationRequest;
import org.sip2.protocol.PatronInformationResponse;
import org.sip2.protocol.PatronStatus;
import org.sip2.protocol.PatronStatus.Flag;
import org.sip2.protocol.PatronStatusRequest;
import org.sip2.protocol.PatronStatusResponse;
import org.sip2.protocol.Summary;
import org.sip2.server.backend.CirculationBackend;
import org.sip2.server.backend.HoldView;
import org.sip2.server.backend.LoanView;
import org.sip2.server.backend.PatronView;
import org.sip2.server.backend.PatronView.Block;
import org.sip2.server.backend.TerminalOptions;
import org.sip2.server.screen.ScreenMessage;

/**
 * 23 → 24, 63 → 64, 35 → 36, 01 → 24 and 25 → 26 (docs/protocol.md §6.4, §6.5, §6.8, §6.9, §6.13):
 * a patron's standing, counts and lists.
 */
@ApplicationScoped
public class PatronResponder {

    /** Entries in one 64 list when the terminal gives no range (BP/BQ). */
    static final int DEFAULT_LIST_SIZE = 100;

    @Inject
    Terminals terminals;

    @Inject
    ResponseFields responses;

    public PatronStatusResponse patronStatus(PatronStatusRequest request, ConnectionInfo connection) {
        Optional<PatronView> found = terminals
                .backend(connection)
                .patron(
                        terminals.terminal(connection),
                        request.patronIdentifier(),
                        terminals.patronPin(connection, request.patronPassword()));
        return patronStatusResponse(
                found,
                request.language(),
                ResponseFields.institution(request.institutionId(), connection),
                request.patronIdentifier(),
                null,
                terminals.options(connection));
    }

    public PatronStatusResponse block(BlockPatronRequest request, ConnectionInfo connection, String policyRefusal) {
        String institution = ResponseFields.institution(request.institutionId(), connection);
        if (policyRefusal != null) {
            // docs/protocol.md §6.8: without status-update permission the 24 is answered, the card is not blocked.
            Optional<PatronView> found = terminals
                    .backend(connection)
                    .patron(terminals.terminal(connection), request.patronIdentifier(), null);
            return patronStatusResponse(
                    found, null, institution, request.patronIdentifier(), policyRefusal, terminals.options(connection));
        }
        Optional<PatronView> blocked = terminals
                .backend(connection)
                .block(
                        terminals.terminal(connection),
                        request.patronIdentifier(),
                        request.blockedCardMessage(),
                        request.cardRetained());
        return patronStatusResponse(
                blocked, null, institution, request.patronIdentifier(), null, terminals.options(connection));
    }

    private PatronStatusResponse patronStatusResponse(
            Optional<PatronView> found,
            String language,
            String institution,
            String barcode,
            String extraMessage,
            TerminalOptions options) {
        if (found.isEmpty()) {
            return PatronStatusResponse.unknownPatron(
                    language(language, null),
                    responses.now(),
                    institution,
                    barcode,
                    false,
                    List.of(ScreenMessage.PATRON_NOT_FOUND.text()));
        }
        PatronView patron = found.get();
        List<String> messages = extraMessage == null
                ? screenMessages(patron, options)
                : withFirst(extraMessage, screenMessages(patron, options));
        return new PatronStatusResponse(
                status(patron),
                language(language, patron),
                responses.now(),
                institution,
                patron.barcode(),
                AccountFields.patronName(patron, options),
                true,
                patron.pinValid(),
                patron.currency(),
                patron.feesOwed(),
                AccountFields.patronFields(patron, options),
                messages,
                null);
    }

    /** Lifts a block; when the policy refuses status updates, answers the patron's real status and changes nothing. */
    public PatronEnableResponse enable(PatronEnableRequest request, ConnectionInfo connection, String policyRefusal) {
        String institution = ResponseFields.institution(request.institutionId(), connection);
        CirculationBackend backend = terminals.backend(connection);
        String pin = terminals.patronPin(connection, request.patronPassword());
        Optional<PatronView> found = policyRefusal == null
                ? backend.enable(terminals.terminal(connection), request.patronIdentifier(), pin)
                : backend.patron(terminals.terminal(connection), request.patronIdentifier(), pin);
        if (found.isEmpty()) {
            return PatronEnableResponse.unknownPatron(
                    language(null, null),
                    responses.now(),
                    institution,
                    request.patronIdentifier(),
                    false,
                    policyRefusal == null
                            ? List.of(ScreenMessage.PATRON_NOT_FOUND.text())
                            : List.of(policyRefusal, ScreenMessage.PATRON_NOT_FOUND.text()));
        }
        PatronView patron = found.get();
        List<String> messages = policyRefusal != null
                ? withFirst(policyRefusal, screenMessages(patron))
                : patron.pinRejected()
                        ? List.of(patron.pin().message())
                        : screenMessages(patron) == null
                                ? List.of(ScreenMessage.CARD_ENABLED.text())
                                : screenMessages(patron);
        return new PatronEnableResponse(
                status(patron),
                language(null, patron),
                responses.now(),
                institution,
                patron.barcode(),
                patron.name(),
                true,
                patron.pinValid(),
                messages,
                null);
    }

    public PatronInformationResponse patronInformation(PatronInformationRequest request, ConnectionInfo connection) {
        String institution = ResponseFields.institution(request.institutionId(), connection);
        Optional<PatronView> found = terminals
                .backend(connection)
                .patron(
                        terminals.terminal(connection),
                        request.patronIdentifier(),
                        terminals.patronPin(connection, request.patronPassword()));
        if (found.isEmpty()) {
            return PatronInformationResponse.unknownPatron(
                    language(request.language(), null),
                    responses.now(),
                    institution,
                    request.patronIdentifier(),
                    false,
                    List.of(ScreenMessage.PATRON_NOT_FOUND.text()));
        }
        PatronView patron = found.get();
        // Contact details and item lists only to a terminal that proved the PIN (CQ = Y).
        boolean showDetails = Boolean.TRUE.equals(patron.pinValid());
        TerminalOptions options = terminals.options(connection);
        ItemLists lists = showDetails ? ItemLists.of(patron, request, options) : ItemLists.NONE;
        return new PatronInformationResponse(
                status(patron),
                language(request.language(), patron),
                responses.now(),
                patron.holdsOnShelf().size(),
                patron.overdueLoans().size(),
                patron.loans().size(),
                patron.fees().size(),
                0,
                patron.holdsWaiting().size(),
                institution,
                patron.barcode(),
                AccountFields.patronName(patron, options),
                patron.maxHolds(),
                patron.maxOverdue(),
                patron.maxItems(),
                true,
                patron.pinValid(),
                patron.currency(),
                patron.feesOwed(),
                patron.feeLimit(),
                lists.of(Summary.Category.HOLD_ITEMS),
                lists.of(Summary.Category.OVERDUE_ITEMS),
                lists.of(Summary.Category.CHARGED_ITEMS),
                lists.of(Summary.Category.FINE_ITEMS),
                lists.of(Summary.Category.RECALL_ITEMS),
                lists.of(Summary.Category.UNAVAILABLE_HOLDS),
                showDetails ? patron.address() : null,
                showDetails ? patron.email() : null,
                showDetails ? patron.phone() : null,
                vendorFields(patron, showDetails, options),
                screenMessages(patron, options),
                null);
    }

    /**
     * The extension fields Evergreen's and Koha's servers send in a 64: PB birth date (YYYYMMDD, a
     * personal detail: only after the PIN), PC patron category, PI internet privileges (Y while the
     * card may be used), AQ the patron's home library (Evergreen's; its test suite requires it).
     */
    private static List<ExtraField> vendorFields(PatronView patron, boolean showDetails, TerminalOptions options) {
        List<ExtraField> fields = new ArrayList<>();
        PatronView.Profile profile = patron.profile();
        if (showDetails && profile.birthDate() != null) {
            fields.add(new ExtraField("PB", DateTimeFormatter.BASIC_ISO_DATE.format(profile.birthDate())));
        }
        if (profile.category() != null) {
            fields.add(new ExtraField("PC", profile.category()));
        }
        fields.add(new ExtraField("PI", patron.blocks().stream().anyMatch(PatronView.Block::stopsRenewal) ? "N" : "Y"));
        if (profile.homeLibrary() != null) {
            fields.add(new ExtraField("AQ", profile.homeLibrary()));
        }
        fields.addAll(AccountFields.patronFields(patron, options));
        return fields;
    }

    /**
     * Ends the patron's session unless the PIN is refused (docs/protocol.md §6.9); an unknown patron
     * has no session to keep.
     */
    public EndSessionResponse endSession(EndPatronSessionRequest request, ConnectionInfo connection) {
        String pin = terminals.patronPin(connection, request.patronPassword());
        Optional<PatronView> refused = pin == null
                ? Optional.empty()
                : terminals
                        .backend(connection)
                        .patron(terminals.terminal(connection), request.patronIdentifier(), pin)
                        .filter(PatronView::pinRejected);
        String message = refused.map(patron -> patron.pin().message()).orElseGet(ScreenMessage.SESSION_ENDED::text);
        return new EndSessionResponse(
                refused.isEmpty(),
                responses.now(),
                ResponseFields.institution(request.institutionId(), connection),
                ResponseFields.text(request.patronIdentifier()),
                List.of(message),
                null);
    }

    /** The 14-position bitmap for the patron's blocks (docs/protocol.md §6.4). */
    static PatronStatus status(PatronView patron) {
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        for (Block block : patron.blocks()) {
            switch (block) {
                case CARD_BLOCKED, EXPIRED ->
                    flags.addAll(EnumSet.of(
                            Flag.CHARGE_PRIVILEGES_DENIED,
                            Flag.RENEWAL_PRIVILEGES_DENIED,
                            Flag.RECALL_PRIVILEGES_DENIED,
                            Flag.HOLD_PRIVILEGES_DENIED));
                case CARD_LOST ->
                    flags.addAll(EnumSet.of(
                            Flag.CARD_REPORTED_LOST,
                            Flag.CHARGE_PRIVILEGES_DENIED,
                            Flag.RENEWAL_PRIVILEGES_DENIED,
                            Flag.RECALL_PRIVILEGES_DENIED,
                            Flag.HOLD_PRIVILEGES_DENIED));
                case TOO_MANY_ITEMS_CHARGED ->
                    flags.addAll(EnumSet.of(Flag.TOO_MANY_ITEMS_CHARGED, Flag.CHARGE_PRIVILEGES_DENIED));
                case TOO_MANY_ITEMS_OVERDUE ->
                    flags.addAll(EnumSet.of(Flag.TOO_MANY_ITEMS_OVERDUE, Flag.CHARGE_PRIVILEGES_DENIED));
                case FEES_OVER_LIMIT ->
                    flags.addAll(EnumSet.of(Flag.EXCESSIVE_OUTSTANDING_FINES, Flag.CHARGE_PRIVILEGES_DENIED));
                case TOO_MANY_HOLDS -> flags.add(Flag.HOLD_PRIVILEGES_DENIED);
            }
        }
        return new PatronStatus(flags);
    }

    /** The account's own patron messages after the patron's (24, 64). */
    private static List<String> screenMessages(PatronView patron, TerminalOptions options) {
        List<String> messages = new ArrayList<>();
        List<String> own = screenMessages(patron);
        if (own != null) {
            messages.addAll(own);
        }
        messages.addAll(AccountFields.patronMessages(patron, options));
        return messages.isEmpty() ? null : messages;
    }

    private static List<String> screenMessages(PatronView patron) {
        List<String> messages = new ArrayList<>();
        if (patron.pinRejected()) {
            messages.add(patron.pin().message());
        }
        for (Block block : patron.blocks()) {
            messages.add(block.message(patron.blockMessage()));
        }
        return messages.isEmpty() ? null : messages;
    }

    private static List<String> withFirst(String first, List<String> rest) {
        List<String> messages = new ArrayList<>(List.of(first));
        if (rest != null) {
            messages.addAll(rest);
        }
        return messages;
    }

    /** The patron's language when known, else the terminal's. */
    private static String language(String requested, PatronView patron) {
        if (patron != null && patron.language() != null && !"000".equals(patron.language())) {
            return patron.language();
        }
        return requested != null && requested.matches("\\d{3}") ? requested : "000";
    }

    /** The one detail list a 63 asks for (first Y of the summary), cut to the BP..BQ range (docs/protocol.md §6.5). */
    private record ItemLists(Summary.Category category, List<String> entries) {

        static final ItemLists NONE = new ItemLists(null, List.of());

        static ItemLists of(PatronView patron, PatronInformationRequest request, TerminalOptions options) {
            Summary.Category category = request.summary().first().orElse(null);
            return new ItemLists(
                    category, range(entries(patron, category, options), request.startItem(), request.endItem()));
        }

        List<String> of(Summary.Category wanted) {
            return wanted == category && !entries.isEmpty() ? entries : null;
        }

        private static List<String> entries(PatronView patron, Summary.Category category, TerminalOptions options) {
            if (category == null) {
                return List.of();
            }
            return switch (category) {
                case HOLD_ITEMS ->
                    patron.holdsOnShelf().stream().map(HoldView::itemBarcode).toList();
                case OVERDUE_ITEMS ->
                    patron.overdueLoans().stream().map(LoanView::itemBarcode).toList();
                case CHARGED_ITEMS ->
                    patron.loans().stream().map(LoanView::itemBarcode).toList();
                case FINE_ITEMS ->
                    patron.fees().stream()
                            .map(fee -> AccountFields.fineEntry(fee, options))
                            .toList();
                case RECALL_ITEMS -> List.of();
                case UNAVAILABLE_HOLDS ->
                    patron.holdsWaiting().stream()
                            .map(hold -> hold.itemBarcode() != null ? hold.itemBarcode() : hold.title())
                            .toList();
            };
        }

        /** BP and BQ are 1-based and inclusive; BQ is clamped to the list, a BP past the end gives nothing. */
        private static List<String> range(List<String> all, Integer start, Integer end) {
            int from = start == null || start < 1 ? 1 : start;
            int to = end == null ? from + DEFAULT_LIST_SIZE - 1 : Math.min(end, from + DEFAULT_LIST_SIZE - 1);
            to = Math.min(to, all.size());
            return from > to ? List.of() : all.subList(from - 1, to);
        }
    }
}
