package org.sip2.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server an IT starts and kills by itself, beside the one Arquillian runs: Payara Micro with the
 * RAR and the WAR, SIP2 and HTTP on 127.0.0.1 ports of its own, its output in {@code dir/logs}.
 * Ready once the demo account {@code term1} logs in over SIP.
 */
final class ItServer implements AutoCloseable {

    /** The console admin's password of every IT server (sip.admin.password; the pom's it.admin.password). */
    static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");

    private final Process process;
    private final Path log;

    private ItServer(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a server and waits until it answers a SIP login.
     *
     * @param jvmOptions   settings ({@code -Dsip.…}) besides port, bind address, SIP log and admin password
     * @param microOptions Payara Micro options besides the command files, the HTTP port and the WAR
     */
    static ItServer start(
            Path dir, int sipPort, int httpPort, List<String> jvmOptions, String preBootFile, List<String> microOptions)
            throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("logs"));
        String itDir = System.getProperty("it.dir");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS",
                "-Dsip.port=" + sipPort,
                "-Dsip.bind.address=127.0.0.1",
                "-Dsip.log.file=" + dir.resolve("logs/sip.log"),
                "-Dsip.admin.password=" + ADMIN_PASSWORD));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                System.getProperty("payara.microJar"),
                "--port",
                String.valueOf(httpPort),
                "--prebootcommandfile",
                itDir + "/" + preBootFile,
                "--postbootcommandfile",
                itDir + "/post-boot.txt"));
        command.addAll(microOptions);
        command.addAll(List.of("--deploy", System.getProperty("sip.war")));
        Path log = dir.resolve("logs/server.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10)); // a busy shared machine boots slowly
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("the server exited: see " + log);
            }
            try (SipClient probe = new SipClient(sipPort, StandardCharsets.ISO_8859_1)) {
                if (probe.exchange("9300CNterm1|COterm1|CPCPL|").equals("941")) {
                    return new ItServer(process, log);
                }
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not start within 10 minutes: see " + log);
    }

    /** SIGTERM, as systemd, Docker and Kubernetes stop a service: true if the server exited within the time. */
    boolean terminate(Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** SIGKILL: no shutdown hook, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
