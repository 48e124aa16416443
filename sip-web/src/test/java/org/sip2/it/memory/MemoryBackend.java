package org.sip2.it.memory;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sip2.protocol.CirculationStatus;
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
 * A minimal second ILS for the test: one patron, two items, loans in memory. Deployed into the
 * WAR by {@code BackendPluginIT}, it serves the institution MEM while the JPA back end serves CPL.
 */
@ApplicationScoped
public class MemoryBackend implements CirculationBackend {

    static final String PATRON = "M-1";
    private final Map<String, LocalDateTime> loans = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public Optional<PatronView> patron(Terminal terminal, String barcode, String pin) {
        if (!PATRON.equals(barcode)) {
            return Optional.empty();
        }
        List<LoanView> out = loans.entrySet().stream()
                .map(e -> new LoanView(e.getKey(), "Memory " + e.getKey(), e.getValue(), false, 0))
                .toList();
        return Optional.of(new PatronView(
                PATRON,
                "Memory Patron",
                null,
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
                check(pin),
                out,
                List.of(),
                List.of()));
    }

    /** The one patron's PIN is 1234; an empty PIN is one the terminal had to send and did not. */
    private static PinCheck check(String pin) {
        if (pin == null) {
            return PinCheck.NOT_ASKED;
        }
        return "1234".equals(pin) ? PinCheck.VALID : PinCheck.WRONG;
    }

    @Override
    public Optional<ItemView> item(Terminal terminal, String barcode) {
        if (!barcode.startsWith("M-ITEM-")) {
            return Optional.empty();
        }
        LocalDateTime due = loans.get(barcode);
        return Optional.of(new ItemView(
                barcode,
                "Memory " + barcode,
                null,
                null,
                MediaType.BOOK,
                false,
                SecurityMarker.NONE,
                due == null ? CirculationStatus.AVAILABLE : CirculationStatus.CHARGED,
                "MEM",
                "MEM",
                "MEM",
                null,
                due,
                0,
                null));
    }

    @Override
    public LoanResult checkout(Terminal terminal, CheckoutCommand command) {
        Optional<ItemView> item = item(terminal, command.item());
        if (item.isEmpty() || !PATRON.equals(command.patron())) {
            return LoanResult.refused(item.orElse(null), "Unknown to the memory library");
        }
        if (check(command.pin()).refused()) {
            return LoanResult.refused(item.get(), check(command.pin()).message());
        }
        LocalDateTime due = LocalDateTime.now().plusDays(7).withNano(0);
        loans.put(command.item(), due);
        return new LoanResult(
                true,
                false,
                item(terminal, command.item()).orElseThrow(),
                due,
                null,
                null,
                null,
                null,
                List.of("Memory loan"));
    }

    @Override
    public CheckinResult checkin(Terminal terminal, CheckinCommand command) {
        String patron = loans.remove(command.item()) == null ? null : PATRON;
        return new CheckinResult(
                true, item(terminal, command.item()).orElse(null), patron, false, null, null, null, null, List.of());
    }

    @Override
    public LoanResult renew(Terminal terminal, RenewCommand command) {
        return LoanResult.refused(null, "The memory library does not renew");
    }

    @Override
    public RenewAllResult renewAll(Terminal terminal, String patron, String pin, boolean feeAcknowledged) {
        return new RenewAllResult(false, List.of(), List.of(), List.of("The memory library does not renew"));
    }

    @Override
    public HoldResult hold(Terminal terminal, HoldCommand command) {
        return HoldResult.refused(command.item(), command.title(), "The memory library takes no holds");
    }

    @Override
    public PaymentResult payFee(Terminal terminal, PaymentCommand command) {
        return PaymentResult.refused("The memory library charges nothing");
    }

    @Override
    public Optional<PatronView> block(Terminal terminal, String patron, String message, boolean cardRetained) {
        return patron(terminal, patron, null);
    }

    @Override
    public Optional<PatronView> enable(Terminal terminal, String patron, String pin) {
        return patron(terminal, patron, pin);
    }

    @Override
    public Optional<ItemView> updateItemProperties(Terminal terminal, String item, String properties) {
        return Optional.empty();
    }
}
