package org.sip2.server.backend;

import java.util.Optional;

/**
 * A library system that serves SIP2 circulation. Implementations are CDI beans; calls join the
 * caller's transaction, which commits before the terminal gets its answer. Every refusal carries a
 * message a patron can understand.
 *
 * <p>A {@code pin} argument is the patron's PIN (AD) to check. {@code null} means no check is asked
 * for (the terminal may act without one); an empty PIN comes from a terminal that must send one
 * and did not, and is refused like a wrong one ({@link PinCheck#WRONG}).
 */
public interface CirculationBackend {

    /** The name institutions use to choose this back end, e.g. {@code jpa}. */
    String name();

    /** A patron and their account, with what came of the PIN check. */
    Optional<PatronView> patron(Terminal terminal, String barcode, String pin);

    Optional<ItemView> item(Terminal terminal, String barcode);

    LoanResult checkout(Terminal terminal, CheckoutCommand command);

    CheckinResult checkin(Terminal terminal, CheckinCommand command);

    LoanResult renew(Terminal terminal, RenewCommand command);

    RenewAllResult renewAll(Terminal terminal, String patron, String pin, boolean feeAcknowledged);

    HoldResult hold(Terminal terminal, HoldCommand command);

    PaymentResult payFee(Terminal terminal, PaymentCommand command);

    /** Blocks the patron's card; empty for an unknown patron. */
    Optional<PatronView> block(Terminal terminal, String patron, String message, boolean cardRetained);

    /** Lifts a block; empty for an unknown patron. */
    Optional<PatronView> enable(Terminal terminal, String patron, String pin);

    /** Stores item properties (CH); empty for an unknown item. */
    Optional<ItemView> updateItemProperties(Terminal terminal, String item, String properties);
}
