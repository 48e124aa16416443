package org.sip2.server.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import org.sip2.server.backend.Backends;
import org.sip2.server.backend.CheckinCommand;
import org.sip2.server.backend.CheckinResult;
import org.sip2.server.backend.CheckoutCommand;
import org.sip2.server.backend.CirculationBackend;
import org.sip2.server.backend.HoldCommand;
import org.sip2.server.backend.HoldResult;
import org.sip2.server.backend.ItemView;
import org.sip2.server.backend.LoanResult;
import org.sip2.server.backend.PatronView;
import org.sip2.server.backend.PaymentCommand;
import org.sip2.server.backend.PaymentResult;
import org.sip2.server.backend.RenewAllResult;
import org.sip2.server.backend.RenewCommand;
import org.sip2.server.backend.Terminal;
import org.sip2.server.backend.TerminalOption;
import org.sip2.server.domain.Item;

/** The built-in back end: circulation on this server's own database. */
@ApplicationScoped
public class JpaBackend implements CirculationBackend {

    @Inject
    PatronAccounts patrons;

    @Inject
    Catalog catalog;

    @Inject
    Lending lending;

    @Inject
    Returns returns;

    @Inject
    HoldQueue holds;

    @Inject
    Payments payments;

    @Inject
    PatronCards cards;

    @Inject
    LoanRules rules;

    @Override
    public String name() {
        return Backends.DEFAULT;
    }

    @Override
    public Optional<PatronView> patron(Terminal terminal, String barcode, String pin) {
        return patrons.view(terminal, barcode, pin);
    }

    @Override
    public Optional<ItemView> item(Terminal terminal, String barcode) {
        String seen = terminal.options().text(TerminalOption.SEEN_ON_ITEM_INFORMATION);
        if (seen.isEmpty()) {
            return catalog.find(terminal, barcode).map(item -> rentalFee(item, catalog.view(item)));
        }
        return catalog.sight(terminal, barcode, "mark_found".equals(seen))
                .map(item -> rentalFee(item, catalog.view(item)));
    }

    /** An 18 tells what a loan of the item costs (BH, BV). */
    private ItemView rentalFee(Item item, ItemView view) {
        BigDecimal fee = rules.rentalFee(item);
        return fee == null
                ? view
                : view.withRentalFee(fee, item.getInstitution().getCurrency());
    }

    @Override
    public LoanResult checkout(Terminal terminal, CheckoutCommand command) {
        return lending.checkout(terminal, command);
    }

    @Override
    public CheckinResult checkin(Terminal terminal, CheckinCommand command) {
        return returns.checkin(terminal, command);
    }

    @Override
    public LoanResult renew(Terminal terminal, RenewCommand command) {
        return lending.renew(terminal, command);
    }

    @Override
    public RenewAllResult renewAll(Terminal terminal, String patron, String pin, boolean feeAcknowledged) {
        return lending.renewAll(terminal, patron, pin, feeAcknowledged);
    }

    @Override
    public HoldResult hold(Terminal terminal, HoldCommand command) {
        return holds.request(terminal, command);
    }

    @Override
    public PaymentResult payFee(Terminal terminal, PaymentCommand command) {
        return payments.pay(terminal, command);
    }

    @Override
    public Optional<PatronView> block(Terminal terminal, String patron, String message, boolean cardRetained) {
        return cards.block(terminal, patron, message, cardRetained);
    }

    @Override
    public Optional<PatronView> enable(Terminal terminal, String patron, String pin) {
        return cards.enable(terminal, patron, pin);
    }

    @Override
    public Optional<ItemView> updateItemProperties(Terminal terminal, String item, String properties) {
        return catalog.lock(terminal, item).map(found -> {
            found.setProperties(properties);
            return catalog.view(found);
        });
    }
}
