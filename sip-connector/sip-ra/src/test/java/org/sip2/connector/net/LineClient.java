package org.sip2.connector.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A blocking test client over a plain or TLS socket: send bytes, read CR-terminated lines or prompts. */
final class LineClient implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    LineClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(5000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    static LineClient plain(int port) throws IOException {
        return new LineClient(new Socket("127.0.0.1", port));
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    String exchange(String message) throws IOException {
        send(message + "\r");
        return readLine();
    }

    /** One response without its terminator. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\r') {
            if (b < 0) {
                throw new IOException("closed");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Reads until the text received ends with {@code expected}; returns all of it. */
    String readUntil(String expected) throws IOException {
        StringBuilder text = new StringBuilder();
        while (!text.toString().endsWith(expected)) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after '" + text + "'");
            }
            text.append((char) b);
        }
        return text.toString();
    }

    /** Everything until the server closes (or the timeout); null if it did not close. */
    byte[] readToEnd() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            for (int b; (b = in.read()) >= 0; ) {
                all.write(b);
            }
            return all.toByteArray();
        } catch (SocketTimeoutException e) {
            return null;
        } catch (IOException e) {
            return all.toByteArray(); // reset counts as closed
        }
    }

    Socket socket() {
        return socket;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
