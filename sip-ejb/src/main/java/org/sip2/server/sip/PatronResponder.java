package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sip2.connector.api.SessionInfo;
import org.sip2.protocol.EndPatronSessionRequest;
import org.sip2.protocol.EndSessionResponse;
import org.sip2.protocol.PatronInformationRequest;
import org.sip2.protocol.PatronInformationResponse;
import org.sip2.protocol.PatronStatus;
import org.sip2.protocol.PatronStatus.Flag;
import org.sip2.protocol.PatronStatusRequest;
import org.sip2.protocol.PatronStatusResponse;
import org.sip2.protocol.Summary;
import org.sip2.server.circulation.PatronAccount;
import org.sip2.server.circulation.PatronAccounts;
import org.sip2.server.domain.Fee;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.Loan;
import org.sip2.server.domain.PatronBlock;

/** 23 → 24, 63 → 64 and 35 → 36 (§6.4, §6.5, §6.9): a patron's standing, counts and item lists. */
@ApplicationScoped
public class PatronResponder {

    static final String UNKNOWN_PATRON = "Patron not found, please see staff";
    static final String WRONG_PIN = "The PIN is not correct";
    /** Entries in one 64 list when the terminal gives no range (BP/BQ). */
    static final int DEFAULT_LIST_SIZE = 100;

    @Inject
    PatronAccounts accounts;

    @Inject
    Responses responses;

    public PatronStatusResponse patronStatus(PatronStatusRequest request, SessionInfo session) {
        String institution = Responses.institution(request.institutionId(), session);
        Optional<PatronAccount> found = accounts.find(request.patronIdentifier(), request.patronPassword());
        if (found.isEmpty()) {
            return new PatronStatusResponse(PatronStatus.UNKNOWN_PATRON, language(request.language(), null), responses.now(),
                    institution, text(request.patronIdentifier()), "", false, null, null, null, List.of(UNKNOWN_PATRON), null);
        }
        PatronAccount account = found.get();
        Institution library = account.patron().getInstitution();
        return new PatronStatusResponse(status(account), language(request.language(), account), responses.now(), institution,
                account.patron().getBarcode(), account.patron().getName(), true, account.pinValid(),
                library.getCurrency(), account.feesOwed(), screenMessages(account), null);
    }

    public PatronInformationResponse patronInformation(PatronInformationRequest request, SessionInfo session) {
        String institution = Responses.institution(request.institutionId(), session);
        Optional<PatronAccount> found = accounts.find(request.patronIdentifier(), request.patronPassword());
        if (found.isEmpty()) {
            return new PatronInformationResponse(PatronStatus.UNKNOWN_PATRON, language(request.language(), null), responses.now(),
                    0, 0, 0, 0, 0, 0, institution, text(request.patronIdentifier()), "", null, null, null, false, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, List.of(UNKNOWN_PATRON), null);
        }
        PatronAccount account = found.get();
        Institution library = account.patron().getInstitution();
        boolean showDetails = !account.pinRejected();
        ItemLists lists = showDetails ? new ItemLists(account, request) : ItemLists.NONE;
        return new PatronInformationResponse(status(account), language(request.language(), account), responses.now(),
                account.holdsOnShelf().size(), account.overdueLoans().size(), account.loans().size(), account.fees().size(), 0,
                account.holdsWaiting().size(),
                institution, account.patron().getBarcode(), account.patron().getName(),
                library.getMaxHolds(), library.getMaxItemsOverdue(), library.getMaxItemsCharged(),
                true, account.pinValid(), library.getCurrency(), account.feesOwed(), library.getFeeLimit(),
                lists.of(Summary.Category.HOLD_ITEMS), lists.of(Summary.Category.OVERDUE_ITEMS),
                lists.of(Summary.Category.CHARGED_ITEMS), lists.of(Summary.Category.FINE_ITEMS),
                lists.of(Summary.Category.RECALL_ITEMS), lists.of(Summary.Category.UNAVAILABLE_HOLDS),
                showDetails ? account.patron().getAddress() : null,
                showDetails ? account.patron().getEmail() : null,
                showDetails ? account.patron().getPhone() : null,
                screenMessages(account), null);
    }

    public EndSessionResponse endSession(EndPatronSessionRequest request, SessionInfo session) {
        return new EndSessionResponse(true, responses.now(), Responses.institution(request.institutionId(), session),
                text(request.patronIdentifier()), List.of("Thank you, your session has ended"), null);
    }

    /** The 14-position bitmap for the patron's blocks (§6.4). */
    static PatronStatus status(PatronAccount account) {
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        for (PatronBlock block : account.blocks()) {
            switch (block) {
                case CARD_BLOCKED, EXPIRED -> flags.addAll(EnumSet.of(Flag.CHARGE_PRIVILEGES_DENIED, Flag.RENEWAL_PRIVILEGES_DENIED,
                        Flag.RECALL_PRIVILEGES_DENIED, Flag.HOLD_PRIVILEGES_DENIED));
                case CARD_LOST -> flags.addAll(EnumSet.of(Flag.CARD_REPORTED_LOST, Flag.CHARGE_PRIVILEGES_DENIED,
                        Flag.RENEWAL_PRIVILEGES_DENIED, Flag.RECALL_PRIVILEGES_DENIED, Flag.HOLD_PRIVILEGES_DENIED));
                case TOO_MANY_ITEMS_CHARGED -> flags.addAll(EnumSet.of(Flag.TOO_MANY_ITEMS_CHARGED, Flag.CHARGE_PRIVILEGES_DENIED));
                case TOO_MANY_ITEMS_OVERDUE -> flags.addAll(EnumSet.of(Flag.TOO_MANY_ITEMS_OVERDUE, Flag.CHARGE_PRIVILEGES_DENIED));
                case FEES_OVER_LIMIT -> flags.addAll(EnumSet.of(Flag.EXCESSIVE_OUTSTANDING_FINES, Flag.CHARGE_PRIVILEGES_DENIED));
            }
        }
        return new PatronStatus(flags);
    }

    private static List<String> screenMessages(PatronAccount account) {
        List<String> messages = new ArrayList<>();
        if (account.pinRejected()) {
            messages.add(WRONG_PIN);
        }
        account.blocks().forEach(block -> messages.add(block == PatronBlock.CARD_BLOCKED && account.patron().getBlockMessage() != null
                ? block.message() + ": " + account.patron().getBlockMessage() : block.message()));
        return messages.isEmpty() ? null : messages;
    }

    /** The patron's language when known, else the terminal's. */
    private static String language(String requested, PatronAccount account) {
        if (account != null && !"000".equals(account.patron().getLanguage())) {
            return account.patron().getLanguage();
        }
        return requested != null && requested.matches("\\d{3}") ? requested : "000";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The one detail list a 63 asks for (first Y of the summary), cut to the BP..BQ range (§6.5). */
    private record ItemLists(Summary.Category category, List<String> entries) {

        static final ItemLists NONE = new ItemLists(null, List.of());

        ItemLists(PatronAccount account, PatronInformationRequest request) {
            this(request.summary().first().orElse(null), range(entries(account, request.summary().first().orElse(null)),
                    request.startItem(), request.endItem()));
        }

        List<String> of(Summary.Category wanted) {
            return wanted == category && !entries.isEmpty() ? entries : null;
        }

        private static List<String> entries(PatronAccount account, Summary.Category category) {
            if (category == null) {
                return List.of();
            }
            Function<Hold, String> holdItem = hold -> hold.getItem().getBarcode();
            Function<Loan, String> loanItem = loan -> loan.getItem().getBarcode();
            return switch (category) {
                case HOLD_ITEMS -> account.holdsOnShelf().stream().map(holdItem).toList();
                case OVERDUE_ITEMS -> account.overdueLoans().stream().map(loanItem).toList();
                case CHARGED_ITEMS -> account.loans().stream().map(loanItem).toList();
                case FINE_ITEMS -> account.fees().stream().map(ItemLists::fineEntry).toList();
                case RECALL_ITEMS -> List.of();
                case UNAVAILABLE_HOLDS -> account.holdsWaiting().stream().map(holdItem).toList();
            };
        }

        private static String fineEntry(Fee fee) {
            return fee.getItem() != null ? fee.getItem().getBarcode() : fee.getDescription() == null ? "fee " + fee.getId() : fee.getDescription();
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
