package org.sip2.cli;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.sip2.protocol.SipDate;

/**
 * Transaction dates for benchmark requests: one second later at every call, over all terminals and
 * levels of a run, so that no request repeats an earlier one byte for byte (a server takes an
 * identical repeat for a retransmission). Starts a year back so the dates stay in the past.
 */
final class TransactionClock {

    private final LocalDateTime start = LocalDateTime.now().withNano(0).minusYears(1);
    private final AtomicLong ticks = new AtomicLong();

    SipDate next() {
        return SipDate.local(start.plusSeconds(ticks.incrementAndGet()));
    }
}
