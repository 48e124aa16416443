package org.sip2.connector.net;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.sip2.connector.api.SipListener;

/**
 * A listener of a test: a {@link SipServer} on a loopback port, its selector thread, its workers and
 * its SIP log in a folder of the test; closing it stops all three and checks the selector ended.
 */
final class RunningListener implements AutoCloseable {

    private final SipServer server;
    private final ExecutorService workers;
    private final Thread loop;
    private final Path log;

    private RunningListener(SipServer server, ExecutorService workers, Thread loop, Path log) {
        this.server = server;
        this.workers = workers;
        this.loop = loop;
        this.log = log;
    }

    static RunningListener start(ListenerConfig config, SipListener application, int workerThreads, Path logDir)
            throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(workerThreads);
        Path log = logDir.resolve("sip.log");
        SipServer server = new SipServer(config, application, workers, SipLog.open(log));
        server.open();
        Thread loop = new Thread(server, "sip-selector");
        loop.start();
        return new RunningListener(server, workers, loop, log);
    }

    SipServer server() {
        return server;
    }

    int port() {
        return server.port();
    }

    /** The SIP log once it shows {@code awaited}: its writer thread runs behind the workers. */
    String logText(String awaited) throws IOException, InterruptedException {
        for (int i = 0; i < 100 && !(Files.exists(log) && Files.readString(log).contains(awaited)); i++) {
            Thread.sleep(50);
        }
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        server.close();
        loop.join(5000);
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        assertFalse(loop.isAlive(), "selector thread ended");
    }
}
