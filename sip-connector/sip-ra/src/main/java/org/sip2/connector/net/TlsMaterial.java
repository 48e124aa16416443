package org.sip2.connector.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.sip2.connector.api.ListenerTls;

/**
 * Where the server's key and the trusted client CAs are (PKCS12 files) and their passwords, from the settings
 * {@code sip.tls.keystore} and {@code sip.tls.truststore} (docs/configuration.md). The files are read again for each
 * listener bound, so a renewed certificate takes effect when a listener is saved again.
 */
public final class TlsMaterial {

    private final Path keystore;
    private final char[] keystorePassword;
    private final Path truststore;
    private final char[] truststorePassword;

    /** Blank paths mean "not configured". */
    public TlsMaterial(String keystore, String keystorePassword, String truststore, String truststorePassword) {
        this.keystore = blank(keystore) ? null : Path.of(keystore.strip());
        this.keystorePassword = keystorePassword == null ? new char[0] : keystorePassword.toCharArray();
        this.truststore = blank(truststore) ? null : Path.of(truststore.strip());
        this.truststorePassword = truststorePassword == null ? new char[0] : truststorePassword.toCharArray();
    }

    /** A context for a listener with this TLS mode; the message of the exception is fit for the console. */
    SSLContext context(ListenerTls mode) {
        if (keystore == null) {
            throw new IllegalStateException("TLS needs a keystore: set sip.tls.keystore");
        }
        if (mode == ListenerTls.CLIENT_CERTIFICATE && truststore == null) {
            throw new IllegalStateException("client certificates need a trust store: set sip.tls.truststore");
        }
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keystore, keystorePassword, "sip.tls.keystore"), keystorePassword);
            TrustManagerFactory trust = null;
            if (mode == ListenerTls.CLIENT_CERTIFICATE) {
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(load(truststore, truststorePassword, "sip.tls.truststore"));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS keys unusable: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path file, char[] password, String setting) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        } catch (IOException e) {
            // the message names the file, never the password
            throw new IllegalStateException("cannot read " + setting + " " + file + ": " + e.getMessage(), e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    @Override
    public String toString() {
        return "TlsMaterial[keystore=" + keystore + ", truststore=" + truststore + ", passwords masked]";
    }
}
