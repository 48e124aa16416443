package org.sip2.connector.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a request across retransmissions (§3.8): its sequence number and checksum when
 * it carries them, else a digest of its bytes, which include the terminal's transaction date.
 *
 * @param sequenced true for AY/AZ keys, which identify a request for as long as it is kept;
 *                  a digest identifies it only for a short window
 */
public record RequestKey(String value, boolean sequenced) {

    public static RequestKey of(String sequence, String checksum) {
        return new RequestKey("AY" + sequence + "AZ" + checksum.toUpperCase(), true);
    }

    public static RequestKey digestOf(byte[] message, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(message, 0, length);
            return new RequestKey("SHA256:" + HexFormat.of().formatHex(sha.digest()), false);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
