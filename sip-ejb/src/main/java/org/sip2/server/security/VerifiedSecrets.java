package org.sip2.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets that passed a PBKDF2 check recently, so that the same patron or terminal with the same
 * secret is not hashed again on every request. Only an HMAC of the stored hash and the secret is
 * kept, under a random key made for this process: no secret in clear, nothing on disk, and a
 * changed hash (a new PIN or password, however it was set) no longer matches. A wrong secret never
 * matches here, so it always pays the full PBKDF2 price. Bounded in entries and in age.
 */
@ApplicationScoped
public class VerifiedSecrets {

    static final int MAX_ENTRIES = 100_000;
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final String ALGORITHM = "HmacSHA256";

    private record Verified(byte[] mac, Instant at) {}

    private final int maxEntries;
    private final Duration lifetime;
    private final Clock clock;
    private final SecretKeySpec key;
    /** In order of verification: the eldest is dropped first. */
    private final LinkedHashMap<String, Verified> entries = new LinkedHashMap<>();

    public VerifiedSecrets() {
        this(MAX_ENTRIES, LIFETIME, Clock.systemUTC());
    }

    VerifiedSecrets(int maxEntries, Duration lifetime, Clock clock) {
        this.maxEntries = maxEntries;
        this.lifetime = lifetime;
        this.clock = clock;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, ALGORITHM);
    }

    public static String patron(long id) {
        return "patron:" + id;
    }

    public static String terminal(String loginId) {
        return "terminal:" + loginId;
    }

    /** True iff {@code secret} was verified against {@code storedHash} for {@code subject} within the lifetime. */
    public boolean holds(String subject, String secret, String storedHash) {
        if (secret == null || storedHash == null) {
            return false;
        }
        byte[] mac = mac(subject, secret, storedHash);
        Verified verified;
        synchronized (entries) {
            verified = entries.get(subject);
            if (verified != null && expired(verified)) {
                entries.remove(subject);
                verified = null;
            }
        }
        return verified != null && MessageDigest.isEqual(verified.mac(), mac);
    }

    /** Call after a successful PBKDF2 check only. */
    public void remember(String subject, String secret, String storedHash) {
        Verified verified = new Verified(mac(subject, secret, storedHash), clock.instant());
        synchronized (entries) {
            entries.remove(subject);
            entries.put(subject, verified);
            while (entries.size() > maxEntries
                    || !entries.isEmpty() && expired(entries.firstEntry().getValue())) {
                entries.pollFirstEntry();
            }
        }
    }

    /** The secret changed, or the subject may not use it now (card blocked or locked). */
    public void forget(String subject) {
        synchronized (entries) {
            entries.remove(subject);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private boolean expired(Verified verified) {
        return !verified.at().plus(lifetime).isAfter(clock.instant());
    }

    private byte[] mac(String subject, String secret, String storedHash) {
        try {
            Mac hmac = Mac.getInstance(ALGORITHM);
            hmac.init(key);
            // NUL cannot occur in a subject or a hash: the three parts cannot run into each other.
            hmac.update((subject + '\0' + storedHash + '\0').getBytes(StandardCharsets.UTF_8));
            return hmac.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }
}
