package org.sip2.server.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.sip2.server.backend.PatronView;
import org.sip2.server.backend.PinCheck;
import org.sip2.server.backend.Terminal;
import org.sip2.server.screen.ScreenMessage;

/** Blocking a card from a terminal (01) and lifting the block (25). */
@ApplicationScoped
public class PatronCards {

    private static final Logger LOG = Logger.getLogger(PatronCards.class.getName());

    @Inject
    PatronAccounts patrons;

    public Optional<PatronView> block(Terminal terminal, String barcode, String message, boolean cardRetained) {
        return patrons.find(terminal, barcode).map(patron -> {
            patron.block(
                    message == null || message.isBlank()
                            ? ScreenMessage.CARD_BLOCKED_AT_TERMINAL.text(terminal.loginId())
                            : message);
            patrons.forgetVerifiedPin(patron);
            LOG.info(() -> "Card " + patron.getBarcode() + " blocked by terminal " + terminal.loginId()
                    + (cardRetained ? "; the terminal kept the card" : ""));
            return patrons.view(patron, PinCheck.NOT_ASKED);
        });
    }

    public Optional<PatronView> enable(Terminal terminal, String barcode, String pin) {
        return patrons.find(terminal, barcode).map(patron -> {
            PinCheck check = patrons.checkPin(terminal, patron, pin);
            if (!check.refused()) {
                patron.unblock();
            }
            return patrons.view(patron, check);
        });
    }
}
