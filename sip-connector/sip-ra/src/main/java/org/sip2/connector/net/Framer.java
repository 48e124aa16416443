package org.sip2.connector.net;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Cuts a TCP byte stream into SIP2 frames (docs/protocol.md §2.2): CR ends a frame, and so does a bare LF (telnet
 * and nc users); an LF after a CR, and CR, LF or NUL before a frame, are dropped. A frame longer
 * than the limit is an error: the connection is then closed. The limit may change between feeds
 * (it is smaller before login).
 */
final class Framer {

    /** A frame grew past the limit without a terminator. */
    static final class FrameTooLongException extends Exception {
        FrameTooLongException(int limit) {
            super("frame longer than " + limit + " bytes");
        }
    }

    private byte[] buffer = new byte[512];
    private int length;

    /** Consumes all of {@code in}, handing each completed frame (at most {@code maxFrameLength}) to {@code frames}. */
    void feed(ByteBuffer in, int maxFrameLength, Consumer<Frame> frames) throws FrameTooLongException {
        while (in.hasRemaining()) {
            byte b = in.get();
            if (b == '\r' || b == '\n') {
                if (length > 0) {
                    boolean crlf = b == '\r' && in.hasRemaining() && in.get(in.position()) == '\n';
                    frames.accept(new Frame(Arrays.copyOf(buffer, length), crlf));
                    length = 0;
                }
            } else if (length > 0 || b != 0) {
                append(b, maxFrameLength);
            }
        }
    }

    /** Bytes of an unfinished frame, e.g. when the peer closes without a terminator. */
    int pending() {
        return length;
    }

    private void append(byte b, int maxFrameLength) throws FrameTooLongException {
        if (length >= maxFrameLength) {
            length = 0;
            throw new FrameTooLongException(maxFrameLength);
        }
        if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(maxFrameLength, buffer.length * 2));
        }
        buffer[length++] = b;
    }
}
