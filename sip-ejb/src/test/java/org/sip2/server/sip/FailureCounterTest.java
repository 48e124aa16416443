package org.sip2.server.sip;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sip2.server.domain.Backoff;

class FailureCounterTest {

    private Instant now = Instant.parse("2026-11-29T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };
    private final FailureCounter counter =
            new FailureCounter(new Backoff(3, Duration.ofSeconds(1), Duration.ofSeconds(8)), clock);

    @Test
    void waitsAfterTheLimitWithGrowingDelays() {
        counter.failed("kiosk");
        counter.failed("kiosk");
        assertFalse(counter.waiting("kiosk"));
        counter.failed("kiosk");
        assertTrue(counter.waiting("kiosk"));
        assertFalse(counter.waiting("other"), "per key");
        now = now.plusSeconds(1);
        assertFalse(counter.waiting("kiosk"));
        counter.failed("kiosk");
        now = now.plusMillis(1999);
        assertTrue(counter.waiting("kiosk"), "two seconds after the fourth failure");
        now = now.plusMillis(1);
        assertFalse(counter.waiting("kiosk"));
    }

    @Test
    void aSuccessClears() {
        for (int i = 0; i < 3; i++) {
            counter.failed("kiosk");
        }
        counter.succeeded("kiosk");
        assertFalse(counter.waiting("kiosk"));
        counter.failed("kiosk");
        assertFalse(counter.waiting("kiosk"), "counting starts again");
    }

    @Test
    void oldFailuresAreForgotten() {
        counter.failed("kiosk");
        counter.failed("kiosk");
        now = now.plusSeconds(9);
        counter.failed("kiosk");
        assertFalse(counter.waiting("kiosk"), "the first two are older than the longest delay");
    }
}
