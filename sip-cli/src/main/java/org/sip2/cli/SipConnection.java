package org.sip2.cli;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.sip2.protocol.ErrorDetection;
import org.sip2.protocol.SipCodec;
import org.sip2.protocol.SipFormatException;
import org.sip2.protocol.SipMessage;

/** One connection to a SIP2 server, as a terminal holds it: send a message, read its response. */
final class SipConnection implements AutoCloseable {

    /**
     * One request and its response.
     *
     * @param request  the request as sent (trailer included, terminator not)
     * @param response the response as received (terminator removed)
     * @param parsed   the response parsed, or {@code null} if it could not be
     * @param problem  what is wrong with the response (checksum, sequence), or {@code null}
     */
    record Exchange(String request, String response, SipMessage parsed, String problem) {}

    private final ConnectionOptions options;
    private final SipCodec codec = new SipCodec();
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private int sequence;

    SipConnection(ConnectionOptions options) throws IOException {
        this.options = options;
        Socket tcp = new Socket();
        tcp.connect(new InetSocketAddress(options.address, options.port), options.timeoutSeconds * 1000);
        tcp.setSoTimeout(options.timeoutSeconds * 1000);
        this.socket = options.tls ? tlsSocket(tcp, options) : tcp;
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    Exchange send(SipMessage message) throws IOException {
        return sendText(codec.format(message));
    }

    /** Sends a message as typed; with error detection on, AY/AZ are appended unless it has them. */
    Exchange sendText(String text) throws IOException {
        byte[] frame;
        if (options.errorDetection
                && !text.matches(".*AY\\d{1,2}AZ[0-9A-Fa-f]{4}$")
                && !text.matches("^9[67]AZ[0-9A-Fa-f]{4}$")) {
            String seq = text.startsWith("97") ? null : String.valueOf(sequence);
            sequence = (sequence + 1) % 10;
            frame = ErrorDetection.seal(text, options.charset(), true, seq, options.terminator.text);
        } else {
            frame = (text + options.terminator.text).getBytes(options.charset());
        }
        out.write(frame);
        out.flush();
        String sent = new String(frame, options.charset()).stripTrailing();
        return receive(sent);
    }

    private Exchange receive(String sent) throws IOException {
        byte[] raw = readFrame();
        String response = new String(raw, options.charset());
        String problem = null;
        String body = response;
        ErrorDetection.Trailer trailer = ErrorDetection.find(raw, raw.length);
        if (trailer != null) {
            body = new String(raw, 0, trailer.bodyLength(), options.charset());
            if (!trailer.valid()) {
                problem = "checksum error in the response";
            } else if (options.errorDetection
                    && trailer.sequence() != null
                    && sent.length() > 9
                    && !sent.substring(0, sent.length() - 6).endsWith("AY" + trailer.sequence())) {
                problem = "the response's sequence number " + trailer.sequence() + " does not match the request's";
            }
        } else if (options.errorDetection) {
            problem = "the response has no AY/AZ";
        }
        SipMessage parsed;
        try {
            parsed = codec.parse(body);
        } catch (SipFormatException e) {
            parsed = null;
            problem = problem == null ? e.getMessage() : problem;
        }
        return new Exchange(sent, response, parsed, problem);
    }

    /** Everything up to the next CR; an LF before it (left over from CR LF) is dropped. */
    byte[] readFrame() throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != '\r') {
            if (b < 0) {
                throw new IOException("the server closed the connection");
            }
            if (b != '\n' || frame.size() > 0) {
                frame.write(b);
            }
        }
        return frame.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** TLS over the connected socket; the server's certificate must name the --address, unless told otherwise. */
    private static Socket tlsSocket(Socket tcp, ConnectionOptions options) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(options.keyStore == null ? null : keyManagers(options), trustManagers(options), null);
            SSLSocket socket =
                    (SSLSocket) context.getSocketFactory().createSocket(tcp, options.address, options.port, true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            if (!options.noVerifyHostname) {
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
            }
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return socket;
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS set-up failed: " + e.getMessage(), e);
        }
    }

    /** null: the JVM's trusted CAs. */
    private static TrustManager[] trustManagers(ConnectionOptions options)
            throws GeneralSecurityException, IOException {
        if (options.trustStore == null) {
            return null;
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(options.trustStore, options.trustStorePassword));
        return trust.getTrustManagers();
    }

    private static KeyManager[] keyManagers(ConnectionOptions options) throws GeneralSecurityException, IOException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load(options.keyStore, options.keyStorePassword), options.keyStorePassword);
        return keys.getKeyManagers();
    }

    private static KeyStore load(String file, char[] password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try (FileInputStream in = new FileInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }
}
