package org.sip2.connector.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a request across retransmissions: a SHA-256 digest of every byte of the frame,
 * body and error-detection trailer, without the terminator. A retransmission repeats the frame
 * byte for byte (docs/protocol.md §3.7); AY and AZ alone cannot tell requests apart (ten sequence numbers and a
 * 16-bit additive checksum collide all the time), so they are never the key on their own.
 *
 * @param digest 64 lower-case hex digits
 */
public record RequestKey(String digest) {

    public static RequestKey of(byte[] frame, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(frame, 0, length);
            return new RequestKey(HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
