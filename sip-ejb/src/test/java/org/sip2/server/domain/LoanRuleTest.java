package org.sip2.server.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class LoanRuleTest {

    private final Institution library = new Institution("CPL", "Centerville");
    private final LoanRule books = new LoanRule(
            library,
            LoanRule.ANY,
            LoanRule.ANY,
            21,
            3,
            10,
            new BigDecimal("0.25"),
            new BigDecimal("5.00"),
            7,
            BigDecimal.ZERO);

    @Test
    void dueAtTheEndOfTheLastDay() {
        assertEquals(LocalDateTime.of(2026, 4, 5, 23, 59, 59), books.dueDate(LocalDateTime.of(2026, 3, 15, 14, 30)));
        assertEquals(LocalDateTime.of(2027, 1, 1, 23, 59, 59), books.dueDate(LocalDateTime.of(2026, 12, 11, 0, 0)));
    }

    @Test
    void finesCountDaysLateUpToTheCap() {
        LocalDateTime due = LocalDateTime.of(2026, 3, 1, 23, 59, 59);
        assertEquals(BigDecimal.ZERO, books.fine(due, due), "on time");
        assertEquals(BigDecimal.ZERO, books.fine(due, due.minusDays(3)), "early");
        assertEquals(new BigDecimal("0.25"), books.fine(due, due.plusSeconds(1)), "a part day counts as one");
        assertEquals(new BigDecimal("2.50"), books.fine(due, due.plusDays(10)));
        assertEquals(new BigDecimal("5.00"), books.fine(due, due.plusDays(20)), "20 days would be 5.00: the cap");
        assertEquals(new BigDecimal("5.00"), books.fine(due, due.plusDays(400)), "capped");
    }

    @Test
    void renewalLimit() {
        assertTrue(books.allowsRenewalAfter(0));
        assertTrue(books.allowsRenewalAfter(2));
        assertFalse(books.allowsRenewalAfter(3));
    }

    @Test
    void theMostSpecificRuleFits() {
        LoanRule media = new LoanRule(
                library, LoanRule.ANY, "MEDIA", 7, 1, 5, BigDecimal.ONE, BigDecimal.TEN, 3, BigDecimal.ONE);
        LoanRule children = new LoanRule(
                library, "CHILD", LoanRule.ANY, 14, 2, 5, BigDecimal.ONE, BigDecimal.TEN, 7, BigDecimal.ZERO);
        LoanRule childMedia =
                new LoanRule(library, "CHILD", "MEDIA", 3, 0, 2, BigDecimal.ONE, BigDecimal.TEN, 7, BigDecimal.ZERO);
        assertEquals(0, books.fit("ADULT", "BOOK"));
        assertEquals(1, media.fit("ADULT", "MEDIA"));
        assertEquals(-1, media.fit("ADULT", "BOOK"));
        assertEquals(2, children.fit("CHILD", "BOOK"));
        assertEquals(3, childMedia.fit("child", "media"), "case does not matter");
        assertEquals(-1, children.fit("ADULT", "BOOK"));
    }

    @Test
    void holdShelfAndRentalFee() {
        assertEquals(LocalDateTime.of(2026, 3, 22, 23, 59, 59), books.shelfUntil(LocalDateTime.of(2026, 3, 15, 9, 0)));
        assertFalse(books.hasRentalFee());
        assertEquals(21, LoanRule.fallback(library).getLoanDays());
    }
}
