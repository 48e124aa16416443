package org.sip2.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sip2.protocol.SipCodec;

/** The benchmark's inputs and bookkeeping: barcode ranges, transaction dates, refusals, the server's CPU time. */
class BenchCommandTest {

    @Test
    void rangesKeepTheirWidthAndTheirPin() {
        assertEquals(
                List.of("21000000000009:2468", "21000000000010:2468", "21000000000011:2468", "term1"),
                BenchCommand.expand(List.of("21000000000009..21000000000011:2468", "term1")));
    }

    @Test
    void eachTerminalLogsInWithItsOwnAccountOrAllWithTheSharedOne() {
        BenchAccounts own = new BenchAccounts("term1", "bench%d");
        assertEquals(
                List.of("bench1", "bench2", "bench500"), List.of(own.loginId(0), own.loginId(1), own.loginId(499)));
        assertEquals("term1", new BenchAccounts("term1", null).loginId(7));
        assertThrows(IllegalArgumentException.class, () -> new BenchAccounts("term1", "bench"));
        assertThrows(IllegalArgumentException.class, () -> new BenchAccounts("term1", "bench%s%s"));
    }

    @Test
    void noTwoRequestsShareATransactionDate() {
        TransactionClock clock = new TransactionClock();
        Set<String> dates = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(dates.add(clock.next().text()));
        }
    }

    @Test
    void aWrongPinOrARefusedCheckoutIsARefusalNotAnError() {
        SipCodec codec = new SipCodec();
        assertTrue(BenchLevel.refusal(codec.parse("24              00120240315    143022AOCPL|AAp1|AEName|BLY|CQN|")));
        assertFalse(BenchLevel.refusal(codec.parse("24              00120240315    143022AOCPL|AAp1|AEName|BLY|CQY|")));
        assertTrue(BenchLevel.refusal(codec.parse("120NUN20240315    143022AOCPL|AAp1|AB30000000000001|AJ|AH|")));
    }

    @Test
    void cpuTimeIsUserPlusSystemTicks() {
        String stat = "4242 (java (main)) S 1 4242 4242 0 -1 4194560 1000 0 0 0 1234 566 0 0 20 0 80 0 1 2 3";
        assertEquals(18.0, ServerProcess.cpuSeconds(stat, 100), 1e-9);
    }
}
