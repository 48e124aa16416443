package org.sip2.connector.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** SIP2 straight over TCP. */
final class PlainWire implements Wire {

    private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);

    private final SocketChannel channel;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(4096);
    private ByteBuffer pending;

    PlainWire(SocketChannel channel) {
        this.channel = channel;
    }

    @Override
    public ByteBuffer read() throws IOException {
        readBuffer.clear();
        if (channel.read(readBuffer) < 0) {
            return null;
        }
        return readBuffer.flip();
    }

    @Override
    public ByteBuffer readBuffered() {
        return NOTHING;
    }

    @Override
    public boolean write(byte[] data) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(data);
        channel.write(buffer);
        pending = buffer.hasRemaining() ? buffer : null;
        return pending == null;
    }

    @Override
    public boolean flush() throws IOException {
        if (pending != null) {
            channel.write(pending);
            if (pending.hasRemaining()) {
                return false;
            }
            pending = null;
        }
        return true;
    }

    @Override
    public boolean pendingOutput() {
        return pending != null;
    }

    @Override
    public boolean established() {
        return true;
    }

    @Override
    public String peerSubject() {
        return null;
    }

    @Override
    public void closeOutbound() {
        // TCP's FIN is the goodbye
    }
}
