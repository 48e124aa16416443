package org.sip2.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.sip2.protocol.ErrorDetection;
import org.sip2.protocol.SipCodec;
import org.sip2.protocol.SipMessage;

/** A terminal for the tests: one TCP connection to the server under test on 127.0.0.1. */
final class SipClient implements AutoCloseable {

    static final int PORT = Integer.getInteger("sip.port", 6001);

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final Charset charset;

    SipClient() throws IOException {
        this(StandardCharsets.ISO_8859_1);
    }

    SipClient(Charset charset) throws IOException {
        this(PORT, charset, null);
    }

    SipClient(int port, Charset charset) throws IOException {
        this(port, charset, null);
    }

    /** A connection from another loopback address of this machine (127.0.0.2, ...), to test allowed ranges. */
    static SipClient from(String localAddress) throws IOException {
        return new SipClient(PORT, StandardCharsets.ISO_8859_1, java.net.InetAddress.getByName(localAddress));
    }

    private SipClient(int port, Charset charset, java.net.InetAddress localAddress) throws IOException {
        socket = localAddress == null ? new Socket("127.0.0.1", port) : new Socket("127.0.0.1", port, localAddress, 0);
        socket.setSoTimeout(15_000);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = socket.getInputStream();
        this.charset = charset;
    }

    /** A client that has logged in as the demo terminal term1 at CPL. */
    static SipClient loggedIn() throws IOException {
        return loggedIn("term1", "term1", "CPL");
    }

    static SipClient loggedIn(String user, String password, String location) throws IOException {
        SipClient client = new SipClient();
        String reply = client.exchange("9300CN" + user + "|CO" + password + "|CP" + location + "|");
        if (!reply.equals("941")) {
            throw new IllegalStateException("login failed: " + reply);
        }
        return client;
    }

    /** Sends a message with CR and returns the response without its terminator. */
    String exchange(String message) throws IOException {
        send(message + "\r");
        return readResponse();
    }

    /** Sends a message with an AY/AZ trailer and returns the raw response. */
    String exchangeWithErrorDetection(String message, String sequence) throws IOException {
        out.write(ErrorDetection.seal(message, charset, true, sequence, "\r"));
        out.flush();
        return readResponse();
    }

    SipMessage exchangeParsed(String message) throws IOException {
        return new SipCodec().parse(exchange(message));
    }

    void send(String raw) throws IOException {
        sendBytes(raw.getBytes(charset));
    }

    void sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** One response: everything up to CR; an LF that follows a CR is left for the next read to skip. */
    String readResponse() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\r') {
            if (b < 0) {
                throw new IOException("connection closed after " + line.size() + " bytes");
            }
            if (b != '\n' || line.size() > 0) {
                line.write(b);
            }
        }
        return line.toString(charset);
    }

    /** True when the server closes the connection (or resets it) within the read timeout. */
    boolean closedByServer() throws IOException {
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
