package org.sip2.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.sip2.protocol.Secrets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A proxy between a kiosk and a SIP2 server that writes their conversation to a transcript, with
 * passwords and PINs masked. Bytes pass through unchanged. Stops after --max-connections
 * connections have ended, or when killed.
 */
@Command(
        name = "record",
        mixinStandardHelpOptions = true,
        description = "Proxy a kiosk's connection to a SIP2 server and write the conversation to a transcript "
                + "(secrets masked).")
public class RecordCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions server;

    @Option(
            names = "--listen",
            description = "Port the kiosk connects to (default: ${DEFAULT-VALUE})",
            defaultValue = "6101")
    int listenPort;

    @Option(
            names = "--listen-address",
            description = "Address to listen on (default: ${DEFAULT-VALUE})",
            defaultValue = "127.0.0.1")
    String listenAddress;

    @Option(
            names = {"-o", "--transcript"},
            description = "Transcript file to write",
            required = true)
    Path transcript;

    @Option(
            names = "--max-connections",
            description = "Stop after this many connections have ended (0 = never; default: ${DEFAULT-VALUE})",
            defaultValue = "0")
    int maxConnections;

    @Spec
    CommandSpec spec;

    private final AtomicInteger connections = new AtomicInteger();
    private volatile int listeningPort;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Charset charset = server.charset();
        try (ServerSocket listener = new ServerSocket();
                Writer file = Files.newBufferedWriter(transcript, StandardCharsets.UTF_8)) {
            listener.bind(new InetSocketAddress(InetAddress.getByName(listenAddress), listenPort));
            listeningPort = listener.getLocalPort();
            file.write("# sip-cli transcript, recorded " + LocalDateTime.now().withNano(0) + " for " + server.address
                    + ":" + server.port + "\n");
            file.flush();
            PrintWriter out = spec.commandLine().getOut();
            out.println(
                    "Recording: point the kiosk at " + listenAddress + ":" + listeningPort + "; writing " + transcript);
            out.flush();
            int ended = 0;
            while (maxConnections == 0 || ended < maxConnections) {
                try (Socket kiosk = listener.accept();
                        Socket upstream = new Socket(server.address, server.port)) {
                    int id = connections.incrementAndGet();
                    write(file, Transcript.CONNECTION + id + " from " + kiosk.getRemoteSocketAddress());
                    Thread responses = Thread.ofPlatform().start(() -> pump(upstream, kiosk, "< ", file, charset));
                    pump(kiosk, upstream, "> ", file, charset);
                    upstream.shutdownOutput();
                    responses.join(5000);
                }
                ended++;
            }
        }
        return 0;
    }

    /** The port actually listened on (useful with --listen 0). */
    int listeningPort() {
        return listeningPort;
    }

    /** Writes each frame (up to CR) to the transcript and copies the bytes to the other side. */
    private static void pump(Socket from, Socket to, String direction, Writer file, Charset charset) {
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                // Transcript first, then forward: the other side cannot answer a frame before it is
                // forwarded, so the transcript keeps each request before its response.
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '\r' || b == '\n') {
                        if (frame.size() > 0) {
                            write(file, direction + Secrets.mask(frame.toString(charset), '|'));
                            frame.reset();
                        }
                    } else {
                        frame.write(b);
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException endOfConversation) {
            // one side closed: the conversation is over
        }
    }

    private static void write(Writer file, String line) {
        synchronized (file) {
            try {
                file.write(line + "\n");
                file.flush();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot write the transcript", e);
            }
        }
    }
}
