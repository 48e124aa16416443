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

/**
 * A Payara Micro server of a test's own, started as ./run.sh starts one (RAR and WAR, loopback
 * only), on the database and logs under {@code dir}: for tests that kill or signal the server.
 * Its output goes to {@code dir/logs/server.log}.
 */
final class SeparateServer {

    private SeparateServer() {
    }

    /** Starts the server and returns once term1 can log in. */
    static Process start(Path dir, int sipPort, int httpPort, List<String> systemProperties)
            throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("logs"));
        String itDir = System.getProperty("it.dir");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                "-Xmx512m", "-Dorg.glassfish.startupThreadPolicy=USE_NO_THREADS",
                "-Dsip.port=" + sipPort, "-Dsip.bind.address=127.0.0.1",
                "-Dsip.db.path=" + dir.resolve("db/sipdb"), "-Dsip.log.file=" + dir.resolve("logs/sip.log"),
                "-Dsip.admin.password=it-admin-Secret1"));
        command.addAll(systemProperties);
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--nocluster",
                "--port", String.valueOf(httpPort),
                "--prebootcommandfile", itDir + "/pre-boot.txt", "--postbootcommandfile", itDir + "/post-boot.txt",
                "--deploy", System.getProperty("sip.war")));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("logs/server.log").toFile())).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                fail("the server exited: see " + dir.resolve("logs/server.log"));
            }
            try (SipClient probe = new SipClient(sipPort, StandardCharsets.ISO_8859_1)) {
                if (probe.exchange("9300CNterm1|COterm1|CPCPL|").equals("941")) {
                    return process;
                }
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server did not start within 8 minutes");
    }
}
