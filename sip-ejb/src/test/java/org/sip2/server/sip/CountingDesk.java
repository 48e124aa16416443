package org.sip2.server.sip;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sip2.protocol.CirculationStatus;
import org.sip2.protocol.FeeType;
import org.sip2.protocol.MediaType;
import org.sip2.protocol.SecurityMarker;
import org.sip2.server.backend.CheckinCommand;
import org.sip2.server.backend.CheckinResult;
import org.sip2.server.backend.CheckoutCommand;
import org.sip2.server.backend.CirculationBackend;
import org.sip2.server.backend.HoldCommand;
import org.sip2.server.backend.HoldResult;
import org.sip2.server.backend.ItemView;
import org.sip2.server.backend.LoanResult;
import org.sip2.server.backend.LoanView;
import org.sip2.server.backend.PatronView;
import org.sip2.server.backend.PaymentCommand;
import org.sip2.server.backend.PaymentResult;
import org.sip2.server.backend.PinCheck;
import org.sip2.server.backend.RenewAllResult;
import org.sip2.server.backend.RenewCommand;
import org.sip2.server.backend.Terminal;

/**
 * A small library in memory for the responders' unit tests: one patron (PIN 1234), a book and a DVD that
 * costs a rental fee, loans in a map; it keeps the commands it was given, so that a test sees what the
 * responder asked of the back end.
 */
final class CountingDesk implements CirculationBackend {

    static final String PATRON = "P-1";
    static final String BOOK = "B-1";
    static final String DVD = "D-1";
    static final LocalDateTime DUE = LocalDateTime.of(2026, 12, 24, 23, 59);

    final List<Object> commands = new ArrayList<>();
    private final Map<String, LocalDateTime> loans = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "desk";
    }

    @Override
    public Optional<PatronView> patron(Terminal terminal, String barcode, String pin) {
        if (!PATRON.equals(barcode)) {
            return Optional.empty();
        }
        PinCheck check = pin == null ? PinCheck.NOT_ASKED : "1234".equals(pin) ? PinCheck.VALID : PinCheck.WRONG;
        List<LoanView> out = loans.entrySet().stream()
                .map(loan -> new LoanView(loan.getKey(), "Title " + loan.getKey(), loan.getValue(), false, 0))
                .toList();
        return Optional.of(new PatronView(
                PATRON,
                "Patron One",
                "one@example.org",
                null,
                null,
                "000",
                "EUR",
                BigDecimal.TEN,
                5,
                5,
                5,
                Set.of(),
                null,
                check,
                out,
                List.of(),
                List.of()));
    }

    @Override
    public Optional<ItemView> item(Terminal terminal, String barcode) {
        if (!BOOK.equals(barcode) && !DVD.equals(barcode)) {
            return Optional.empty();
        }
        boolean dvd = DVD.equals(barcode);
        return Optional.of(new ItemView(
                barcode,
                "Title " + barcode,
                "Author",
                "CALL 1",
                dvd ? MediaType.VIDEO_TAPE : MediaType.BOOK,
                dvd,
                SecurityMarker.TATTLE_TAPE,
                loans.containsKey(barcode) ? CirculationStatus.CHARGED : CirculationStatus.AVAILABLE,
                "MAIN",
                "MAIN",
                "MAIN",
                null,
                loans.get(barcode),
                0,
                null));
    }

    @Override
    public LoanResult checkout(Terminal terminal, CheckoutCommand command) {
        commands.add(command);
        ItemView item = item(terminal, command.item()).orElse(null);
        if (item == null) {
            return LoanResult.refused(null, "Item not found");
        }
        if (DVD.equals(command.item()) && !command.feeAcknowledged()) {
            return new LoanResult(
                    false,
                    false,
                    item,
                    null,
                    FeeType.RENTAL,
                    new BigDecimal("1.50"),
                    "EUR",
                    null,
                    List.of("This item has a rental fee of 1.50 EUR, please accept it"));
        }
        loans.put(command.item(), DUE);
        return new LoanResult(true, false, item, DUE, null, null, "EUR", null, List.of("Due 24 Dec 2026"));
    }

    @Override
    public CheckinResult checkin(Terminal terminal, CheckinCommand command) {
        commands.add(command);
        ItemView item = item(terminal, command.item()).orElse(null);
        if (item == null) {
            return CheckinResult.refused(null, "Item not found, please see staff");
        }
        boolean wasOut = loans.remove(command.item()) != null;
        return new CheckinResult(
                true,
                item,
                wasOut ? PATRON : null,
                false,
                null,
                null,
                null,
                null,
                List.of(wasOut ? "Thank you" : "This item was not checked out"));
    }

    @Override
    public LoanResult renew(Terminal terminal, RenewCommand command) {
        commands.add(command);
        return LoanResult.refused(item(terminal, command.item()).orElse(null), "You do not have this item on loan");
    }

    @Override
    public RenewAllResult renewAll(Terminal terminal, String patron, String pin, boolean feeAcknowledged) {
        commands.add("renew all, fee acknowledged: " + feeAcknowledged);
        return new RenewAllResult(true, List.copyOf(loans.keySet()), List.of(), List.of());
    }

    @Override
    public HoldResult hold(Terminal terminal, HoldCommand command) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public PaymentResult payFee(Terminal terminal, PaymentCommand command) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Optional<PatronView> block(Terminal terminal, String patron, String message, boolean cardRetained) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Optional<PatronView> enable(Terminal terminal, String patron, String pin) {
        throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Optional<ItemView> updateItemProperties(Terminal terminal, String item, String properties) {
        throw new UnsupportedOperationException("not used by these tests");
    }
}
