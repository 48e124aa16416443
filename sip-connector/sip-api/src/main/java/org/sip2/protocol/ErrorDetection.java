package org.sip2.protocol;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The AY sequence number and AZ checksum (docs/protocol.md §3): finding and verifying a trailer on the raw bytes
 * of a received frame, and sealing an outgoing message with one. The checksum is the two's
 * complement of the 16-bit sum of the encoded bytes up to and including {@code AZ}.
 */
public final class ErrorDetection {

    private static final int CHECKSUM_DIGITS = 4;

    private ErrorDetection() {}

    /**
     * A trailer found at the end of a frame.
     *
     * @param bodyLength bytes before the trailer: the message proper
     * @param sequence   the sequence number as sent (one digit, or two from clients that do not wrap), or {@code null}
     * for a bare AZ (97/96)
     * @param checksum   the four hex digits as sent
     * @param valid      whether the checksum matches the bytes
     */
    public record Trailer(int bodyLength, String sequence, String checksum, boolean valid) {}

    /** The trailer of a frame (without terminator), or {@code null} if it has none. */
    public static Trailer find(byte[] frame, int length) {
        if (!hasChecksum(frame, length)) {
            return null;
        }
        int azStart = length - CHECKSUM_DIGITS - 2;
        String checksum = new String(frame, length - CHECKSUM_DIGITS, CHECKSUM_DIGITS, StandardCharsets.US_ASCII);
        boolean valid = ((sum(frame, length - CHECKSUM_DIGITS) + Integer.parseInt(checksum, 16)) & 0xFFFF) == 0;
        for (int digits = 1; digits <= 2; digits++) {
            int ayStart = azStart - 2 - digits;
            if (ayStart >= 2
                    && frame[ayStart] == 'A'
                    && frame[ayStart + 1] == 'Y'
                    && allDigits(frame, ayStart + 2, azStart)) {
                String sequence = new String(frame, ayStart + 2, digits, StandardCharsets.US_ASCII);
                return new Trailer(ayStart, sequence, checksum, valid);
            }
        }
        // Only the resend messages carry AZ without AY: the whole frame is then id + trailer.
        return azStart == 2 ? new Trailer(2, null, checksum, valid) : null;
    }

    /** The four upper-case hex digits for bytes that end with {@code AZ}. */
    public static String checksum(byte[] bytes, int length) {
        return String.format("%04X", (-sum(bytes, length)) & 0xFFFF);
    }

    /**
     * Encodes a message and appends the trailer when {@code errorDetection} is on: {@code AY<sequence>AZ<checksum>},
     * or only {@code AZ<checksum>} when {@code sequence} is {@code null}. Then the terminator.
     */
    public static byte[] seal(
            String message, Charset charset, boolean errorDetection, String sequence, String terminator) {
        if (!errorDetection) {
            return (message + terminator).getBytes(charset);
        }
        byte[] body = (sequence == null ? message + "AZ" : message + "AY" + sequence + "AZ").getBytes(charset);
        byte[] tail = (checksum(body, body.length) + terminator).getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[body.length + tail.length];
        System.arraycopy(body, 0, frame, 0, body.length);
        System.arraycopy(tail, 0, frame, body.length, tail.length);
        return frame;
    }

    private static boolean hasChecksum(byte[] frame, int length) {
        int azStart = length - CHECKSUM_DIGITS - 2;
        if (azStart < 2 || frame[azStart] != 'A' || frame[azStart + 1] != 'Z') {
            return false;
        }
        for (int i = length - CHECKSUM_DIGITS; i < length; i++) {
            if (Character.digit(frame[i], 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(byte[] frame, int from, int to) {
        for (int i = from; i < to; i++) {
            if (frame[i] < '0' || frame[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static int sum(byte[] bytes, int length) {
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += bytes[i] & 0xFF;
        }
        return sum;
    }
}
