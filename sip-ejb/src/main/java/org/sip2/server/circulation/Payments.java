package org.sip2.server.circulation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.sip2.protocol.FeeType;
import org.sip2.server.backend.PaymentCommand;
import org.sip2.server.backend.PaymentResult;
import org.sip2.server.backend.PinCheck;
import org.sip2.server.backend.Terminal;
import org.sip2.server.backend.TerminalOption;
import org.sip2.server.domain.Fee;
import org.sip2.server.domain.Patron;
import org.sip2.server.domain.Payment;
import org.sip2.server.screen.ScreenMessage;

/**
 * Payments at a terminal (37): a named fee (CG), or the oldest fees first; partial payments allowed, overpayment
 * refused.
 */
@ApplicationScoped
public class Payments {

    @PersistenceContext
    EntityManager em;

    @Inject
    PatronAccounts patrons;

    @Inject
    LibraryClock clock;

    /** Koha's register_id: the account's cash register, which a payment is booked to for the cash-up. */
    private static String register(Terminal terminal) {
        String register = terminal.options().text(TerminalOption.REGISTER_ID);
        return register.isEmpty() ? null : register;
    }

    public PaymentResult pay(Terminal terminal, PaymentCommand command) {
        Optional<Patron> found = patrons.find(terminal, command.patron());
        if (found.isEmpty()) {
            return PaymentResult.refused(ScreenMessage.PATRON_NOT_FOUND.text());
        }
        Patron patron = found.get();
        PinCheck pin = patrons.checkPin(terminal, patron, command.pin());
        if (pin.refused()) {
            return PaymentResult.refused(pin.message());
        }
        String currency = patron.getInstitution().getCurrency();
        if (command.amount() == null
                || command.amount().signum() <= 0
                || command.amount().scale() > 2) {
            return PaymentResult.refused(ScreenMessage.AMOUNT_INVALID.text());
        }
        if (command.currency() != null
                && !command.currency().isBlank()
                && !command.currency().trim().equalsIgnoreCase(currency)) {
            return PaymentResult.refused(ScreenMessage.CURRENCY_NOT_ACCEPTED.text(command.currency(), currency));
        }
        List<Fee> outstanding = em.createNamedQuery("Fee.outstandingByPatron", Fee.class)
                .setParameter("patron", patron)
                .getResultList();
        List<Fee> payable = payable(outstanding, command);
        if (command.feeId() != null && !command.feeId().isBlank() && payable.isEmpty()) {
            return PaymentResult.refused(ScreenMessage.NO_SUCH_FEE.text(command.feeId()));
        }
        BigDecimal owed = payable.stream().map(Fee::getBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (owed.signum() == 0) {
            return PaymentResult.refused(ScreenMessage.NOTHING_OWED.text());
        }
        boolean overpaid = command.amount().compareTo(owed) > 0;
        if (overpaid && terminal.options().flag(TerminalOption.DISALLOW_OVERPAYMENT)) {
            return PaymentResult.refused(ScreenMessage.OVERPAYMENT.text(command.amount(), currency, owed));
        }
        BigDecimal left = command.amount();
        for (Fee fee : payable) {
            left = left.subtract(fee.pay(left));
            if (left.signum() == 0) {
                break;
            }
        }
        if (overpaid) {
            // Koha's disallow_overpayment off: what is paid beyond the debt stays on the account as a credit.
            em.persist(new Fee(
                    patron, null, FeeType.OTHER_UNKNOWN, left.negate(), clock.now(), ScreenMessage.FEE_CREDIT.text()));
        }
        Payment payment = new Payment(
                patron,
                command.amount(),
                currency,
                command.paymentType(),
                command.feeType(),
                command.transactionId(),
                terminal.loginId(),
                clock.now(),
                register(terminal));
        em.persist(payment);
        em.flush();
        BigDecimal stillOwed = outstanding.stream().map(Fee::getBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
        String writeOff = terminal.options().text(TerminalOption.PAYMENT_TYPE_WRITEOFF);
        boolean writtenOff = !writeOff.isEmpty() && writeOff.equals(command.paymentType());
        ScreenMessage done = overpaid
                ? (writtenOff ? ScreenMessage.WRITTEN_OFF_CREDIT : ScreenMessage.PAID_CREDIT)
                : stillOwed.signum() > 0
                        ? (writtenOff ? ScreenMessage.WRITTEN_OFF_STILL_OWED : ScreenMessage.PAID_STILL_OWED)
                        : writtenOff ? ScreenMessage.WRITTEN_OFF_SETTLED : ScreenMessage.PAID_SETTLED;
        return new PaymentResult(
                true,
                "PAY-" + payment.getId(),
                List.of(done.text(command.amount(), currency, overpaid ? left : stillOwed)));
    }

    /** The named fee; else the fees of the type paid for, if the patron has any; else all, oldest first. */
    private static List<Fee> payable(List<Fee> outstanding, PaymentCommand command) {
        if (command.feeId() != null && !command.feeId().isBlank()) {
            return outstanding.stream()
                    .filter(fee ->
                            String.valueOf(fee.getId()).equals(command.feeId().trim()))
                    .toList();
        }
        if (command.feeType() != null && command.feeType() != FeeType.OTHER_UNKNOWN) {
            List<Fee> ofType = outstanding.stream()
                    .filter(fee -> fee.getFeeType() == command.feeType())
                    .toList();
            if (!ofType.isEmpty()) {
                return ofType;
            }
        }
        return outstanding;
    }
}
