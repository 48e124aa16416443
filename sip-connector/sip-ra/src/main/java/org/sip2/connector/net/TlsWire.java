package org.sip2.connector.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.security.auth.x500.X500Principal;

/**
 * SIP2 over TLS on a non-blocking socket: the selector thread reads and unwraps, and drives the handshake as far as
 * the bytes that arrived allow, so a client that stalls mid-handshake holds no thread. Every wrap and every socket
 * write happens under this object's lock (SSLEngine allows one wrap at a time, concurrent with an unwrap).
 * Handshake tasks (signatures, certificate checks) run on the selector thread: they are short and CPU-bound.
 */
final class TlsWire implements Wire {

    private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);

    private final SocketChannel channel;
    private final SSLEngine engine;
    /** Network bytes received, in write mode between calls. */
    private ByteBuffer netIn;
    /** SIP2 bytes unwrapped, handed out flipped. */
    private ByteBuffer appIn;
    /** Network bytes to send, in write mode between calls. */
    private ByteBuffer netOut;

    private volatile boolean established;
    private volatile String peerSubject;
    private boolean inboundClosed;

    TlsWire(SocketChannel channel, SSLEngine engine) throws SSLException {
        this.channel = channel;
        this.engine = engine;
        netIn = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
        netOut = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.beginHandshake();
    }

    @Override
    public ByteBuffer read() throws IOException {
        if (channel.read(netIn) < 0 || inboundClosed) {
            return null;
        }
        return unwrapAll();
    }

    @Override
    public ByteBuffer readBuffered() throws IOException {
        boolean idle = netIn.position() == 0 && engine.getHandshakeStatus() != HandshakeStatus.NEED_WRAP;
        return idle ? NOTHING : unwrapAll();
    }

    /** Unwraps every complete record received, answering the handshake on the way. */
    private ByteBuffer unwrapAll() throws IOException {
        appIn.clear();
        netIn.flip();
        try {
            while (true) {
                HandshakeStatus status = engine.getHandshakeStatus();
                if (status == HandshakeStatus.NEED_TASK) {
                    for (Runnable task; (task = engine.getDelegatedTask()) != null; ) {
                        task.run();
                    }
                } else if (status == HandshakeStatus.NEED_WRAP) {
                    if (!wrapHandshake()) {
                        break; // the rest of the handshake waits until the socket takes our bytes
                    }
                } else if (!netIn.hasRemaining() || !unwrap()) {
                    break;
                }
                noteEstablished();
            }
        } finally {
            netIn.compact();
        }
        noteEstablished();
        return appIn.flip();
    }

    /** One unwrap; false when more bytes must arrive first. */
    private boolean unwrap() throws SSLException {
        SSLEngineResult result = engine.unwrap(netIn, appIn);
        switch (result.getStatus()) {
            case BUFFER_UNDERFLOW -> {
                if (netIn.limit() == netIn.capacity()) {
                    netIn = ByteBuffer.allocate(netIn.capacity() * 2).put(netIn).flip();
                }
                return false;
            }
            case BUFFER_OVERFLOW ->
                appIn = ByteBuffer.allocate(appIn.capacity() * 2).put(appIn.flip());
            case CLOSED -> {
                inboundClosed = true;
                return false;
            }
            case OK -> {
                return result.bytesConsumed() > 0
                        || result.bytesProduced() > 0
                        || result.getHandshakeStatus() != HandshakeStatus.NEED_UNWRAP;
            }
        }
        return true;
    }

    private void noteEstablished() {
        if (!established && engine.getHandshakeStatus() == HandshakeStatus.NOT_HANDSHAKING) {
            peerSubject = subjectOfPeer();
            established = true;
        }
    }

    private String subjectOfPeer() {
        try {
            Certificate[] chain = engine.getSession().getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate certificate
                    ? certificate.getSubjectX500Principal().getName(X500Principal.RFC2253)
                    : null;
        } catch (SSLPeerUnverifiedException e) {
            return null; // no client certificate asked for
        }
    }

    /** Wraps a handshake message and sends it; false if part of it waits for the socket. */
    private synchronized boolean wrapHandshake() throws IOException {
        wrap(NOTHING);
        return flush();
    }

    private void wrap(ByteBuffer source) throws SSLException {
        do {
            SSLEngineResult result = engine.wrap(source, netOut);
            switch (result.getStatus()) {
                case BUFFER_OVERFLOW ->
                    netOut = ByteBuffer.allocate(netOut.capacity() * 2).put(netOut.flip());
                case CLOSED -> {
                    if (source.hasRemaining()) {
                        throw new SSLException("the TLS session is closed");
                    }
                    return;
                }
                default -> {
                    if (!source.hasRemaining()) {
                        return;
                    }
                }
            }
        } while (true);
    }

    @Override
    public synchronized boolean write(byte[] data) throws IOException {
        wrap(ByteBuffer.wrap(data));
        return flush();
    }

    @Override
    public synchronized boolean flush() throws IOException {
        netOut.flip();
        try {
            channel.write(netOut);
        } finally {
            netOut.compact();
        }
        return netOut.position() == 0;
    }

    @Override
    public synchronized boolean pendingOutput() {
        return netOut.position() > 0;
    }

    @Override
    public boolean established() {
        return established;
    }

    @Override
    public String peerSubject() {
        return peerSubject;
    }

    @Override
    public synchronized void closeOutbound() {
        engine.closeOutbound();
        try {
            wrap(NOTHING); // close_notify, or the alert of a failed handshake
            flush();
        } catch (IOException e) {
            // the peer is gone or never spoke TLS: nothing to say goodbye to
        }
    }
}
