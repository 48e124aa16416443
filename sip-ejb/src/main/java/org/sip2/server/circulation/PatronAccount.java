package org.sip2.server.circulation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.sip2.server.domain.Fee;
import org.sip2.server.domain.Hold;
import org.sip2.server.domain.Loan;
import org.sip2.server.domain.Patron;
import org.sip2.server.domain.PatronBlock;

/**
 * A patron with everything a terminal may ask about at one moment: loans, holds, fees, blocks.
 *
 * @param pinValid {@code null} when no PIN was given, else whether it matched
 */
public record PatronAccount(Patron patron, List<Loan> loans, List<Hold> holds, List<Fee> fees,
                            Set<PatronBlock> blocks, LocalDateTime asOf, Boolean pinValid) {

    public List<Loan> overdueLoans() {
        return loans.stream().filter(loan -> loan.isOverdue(asOf)).toList();
    }

    /** Holds ready for pickup. */
    public List<Hold> holdsOnShelf() {
        return holds.stream().filter(Hold::isOnShelf).toList();
    }

    /** Holds still in a queue. */
    public List<Hold> holdsWaiting() {
        return holds.stream().filter(hold -> !hold.isOnShelf()).toList();
    }

    public BigDecimal feesOwed() {
        return fees.stream().map(Fee::getBalance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A wrong PIN: the terminal may see that the card exists, but not the patron's details. */
    public boolean pinRejected() {
        return Boolean.FALSE.equals(pinValid);
    }
}
