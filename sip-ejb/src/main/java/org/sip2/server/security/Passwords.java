package org.sip2.server.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes secrets for storage and checks a secret against a stored hash. Secrets are never stored or logged in clear.
 */
@ApplicationScoped
public class Passwords {

    /** Enough to slow guessing down, cheap enough to check a PIN on every patron request. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "10000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Checked against when an account does not exist, so that a miss costs as much as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(PARAMETERS);
        decoy = pbkdf2.generate("decoy".toCharArray());
    }

    public String hash(String secret) {
        return pbkdf2.generate(secret.toCharArray());
    }

    /** True iff {@code secret} matches {@code storedHash}; a {@code null} hash never matches but costs the same. */
    public boolean matches(String secret, String storedHash) {
        if (secret == null) {
            return false;
        }
        if (storedHash == null || storedHash.isEmpty()) {
            pbkdf2.verify(secret.toCharArray(), decoy);
            return false;
        }
        try {
            return pbkdf2.verify(secret.toCharArray(), storedHash);
        } catch (IllegalArgumentException malformedHash) {
            return false;
        }
    }
}
