package org.sip2.connector.net;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The bytes of one connection as SIP2 sees them: plain TCP, or TLS on top of it. Reads run on the selector thread;
 * writes and flushes run under the connection's write lock, on a worker or the selector.
 */
interface Wire {

    /**
     * Reads what the socket has and returns the SIP2 bytes it carried (possibly none); {@code null} once the peer
     * has gone.
     */
    ByteBuffer read() throws IOException;

    /** SIP2 bytes already received but not yet returned, e.g. behind a handshake record that had to be answered. */
    ByteBuffer readBuffered() throws IOException;

    /** Sends {@code data}; false if part of it waits for the socket to become writable. */
    boolean write(byte[] data) throws IOException;

    /** Continues an unfinished write; true when nothing is left. */
    boolean flush() throws IOException;

    /** Whether the wire has output waiting for the socket (a handshake message, say). */
    boolean pendingOutput();

    /** Whether SIP2 bytes can flow yet (false during a TLS handshake). */
    boolean established();

    /** The subject of the client's certificate once a TLS handshake is done, or {@code null}. */
    String peerSubject();

    /** Says goodbye if the protocol has a way to (TLS close_notify), without waiting. */
    void closeOutbound();
}
