package org.sip2.connector.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Throwaway keys for the TLS tests, made once per test JVM by bin/tls-keys.sh (openssl, installed with apt-get if
 * missing): a CA with a server key (localhost, 127.0.0.1) and a client key "kiosk-1", and a second, foreign CA with
 * a client key of the same name. Nothing private is committed.
 */
final class TestPki {

    static final String PASSWORD = "test-keys-" + ProcessHandle.current().pid();
    private static Path dir;

    private TestPki() {}

    /** The directory of our CA's files: server.p12, truststore.p12, kiosk-1.p12, ca.crt. */
    static synchronized Path ours() throws IOException, InterruptedException {
        if (dir == null) {
            Path base = Files.createTempDirectory("listeners-test-pki");
            make(base.resolve("ours"));
            make(base.resolve("foreign"));
            dir = base;
        }
        return dir.resolve("ours");
    }

    static Path foreign() throws IOException, InterruptedException {
        return ours().resolveSibling("foreign");
    }

    static TlsMaterial material() throws IOException, InterruptedException {
        Path ours = ours();
        return new TlsMaterial(
                ours.resolve("server.p12").toString(),
                PASSWORD,
                ours.resolve("truststore.p12").toString(),
                PASSWORD);
    }

    /** A client context trusting our CA, presenting the given key file if any. */
    static SSLContext client(Path keyFile) throws IOException, InterruptedException, GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(ours().resolve("truststore.p12")));
        KeyManagerFactory keys = null;
        if (keyFile != null) {
            keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyFile), PASSWORD.toCharArray());
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            return store;
        }
    }

    private static void make(Path target) throws IOException, InterruptedException {
        DebianTools.require("openssl", "openssl");
        List<String> command = new ArrayList<>(
                List.of("bash", script().toString(), target.toString(), "DNS:localhost,IP:127.0.0.1", "kiosk-1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SIP_TLS_PASSWORD", PASSWORD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("bin/tls-keys.sh failed: " + output);
        }
    }

    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("bin/tls-keys.sh"))) {
                return dir.resolve("bin/tls-keys.sh");
            }
        }
        throw new IllegalStateException(
                "bin/tls-keys.sh not found above " + Path.of("").toAbsolutePath());
    }
}
