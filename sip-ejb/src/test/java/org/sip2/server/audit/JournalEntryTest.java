package org.sip2.server.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

    private static final LocalDateTime RECORDED = LocalDateTime.of(2026, 11, 29, 20, 50, 59);
    private final JournalEntry entry = new JournalEntry("term1", "ab".repeat(32), "11", "120NNY…", RECORDED);

    @Test
    void answersTheSameBytesOfTheSameMessageTypeWithinTheWindow() {
        assertTrue(entry.answers("ab".repeat(32), "11", RECORDED.minusMinutes(5)));
        assertTrue(entry.answers("ab".repeat(32), "11", RECORDED), "the window's first instant counts");
    }

    @Test
    void otherBytesAnotherTypeOrPastTheWindowAreNotAnswered() {
        assertFalse(entry.answers("ac".repeat(32), "11", RECORDED.minusMinutes(5)));
        assertFalse(entry.answers("ab".repeat(32), "09", RECORDED.minusMinutes(5)));
        assertFalse(entry.answers("ab".repeat(32), "11", RECORDED.plusSeconds(1)));
    }
}
