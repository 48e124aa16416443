package org.sip2.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedSecretsTest {

    private static final String HASH = "PBKDF2WithHmacSHA256:10000:c2FsdA==:aGFzaA==";

    private final MutableClock clock = new MutableClock();
    private final VerifiedSecrets cache = new VerifiedSecrets(3, Duration.ofMinutes(10), clock);

    @Test
    void onlyTheSameSubjectSecretAndHashAreHeld() {
        cache.remember("patron:1", "1234", HASH);
        assertTrue(cache.holds("patron:1", "1234", HASH));
        assertFalse(cache.holds("patron:1", "1235", HASH), "a wrong secret never matches");
        assertFalse(cache.holds("patron:2", "1234", HASH), "another patron");
        assertFalse(cache.holds("patron:1", "1234", HASH + "x"), "a changed hash (new PIN) no longer matches");
        assertFalse(cache.holds("patron:1", null, HASH));
        assertFalse(cache.holds("patron:1", "1234", null));
    }

    @Test
    void forgottenSubjectsAreCheckedAgain() {
        cache.remember("patron:1", "1234", HASH);
        cache.forget("patron:1");
        assertFalse(cache.holds("patron:1", "1234", HASH));
    }

    @Test
    void entriesExpire() {
        cache.remember("terminal:term1", "pw", HASH);
        clock.advance(Duration.ofMinutes(9));
        assertTrue(cache.holds("terminal:term1", "pw", HASH));
        clock.advance(Duration.ofMinutes(1));
        assertFalse(cache.holds("terminal:term1", "pw", HASH));
        assertEquals(0, cache.size());
    }

    @Test
    void theEldestGoesWhenFull() {
        for (int patron = 1; patron <= 4; patron++) {
            cache.remember("patron:" + patron, "1234", HASH);
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(3, cache.size());
        assertFalse(cache.holds("patron:1", "1234", HASH));
        assertTrue(cache.holds("patron:4", "1234", HASH));
    }

    @Test
    void eachProcessHasItsOwnKey() {
        VerifiedSecrets other = new VerifiedSecrets(3, Duration.ofMinutes(10), clock);
        other.remember("patron:1", "1234", HASH);
        assertFalse(cache.holds("patron:1", "1234", HASH));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-29T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
