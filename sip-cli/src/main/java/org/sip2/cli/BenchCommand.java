package org.sip2.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.sip2.protocol.CheckinResponse;
import org.sip2.protocol.CheckoutResponse;
import org.sip2.protocol.RequestScResend;
import org.sip2.protocol.SipDate;
import org.sip2.protocol.SipMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Load from N persistent terminals, each logged in once, looping for a fixed time over a weighted
 * mix of patron status (23), patron information (63), item information (17) and a checkout (11)
 * followed by a checkin (09) of the terminal's own item. Prints requests per second and latency
 * percentiles per message, refusals and errors; stops by itself.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark a SIP2 server with N persistent terminals over a weighted message mix; prints req/s and p50/p95/p99/max.")
public class BenchCommand implements Callable<Integer> {

    /** The message types measured. */
    enum Kind { PATRON_STATUS("23"), PATRON_INFORMATION("63"), ITEM_INFORMATION("17"), CHECKOUT("11"), CHECKIN("09");

        final String id;

        Kind(String id) {
            this.id = id;
        }
    }

    @Mixin
    ConnectionOptions server;

    @Option(names = {"-su", "--sip_user"}, description = "Terminal account (default: ${DEFAULT-VALUE})", defaultValue = "term1")
    String sipUser;

    @Option(names = {"-sp", "--sip_pass"}, description = "Terminal password (default: ${DEFAULT-VALUE})", defaultValue = "term1")
    String sipPass;

    @Option(names = {"-l", "--location"}, description = "Location and institution (default: ${DEFAULT-VALUE})", defaultValue = "CPL")
    String location;

    @Option(names = {"-c", "--connections"}, description = "Concurrent terminals (default: ${DEFAULT-VALUE})", defaultValue = "10")
    int connections;

    @Option(names = {"-d", "--duration"}, description = "Seconds to run (default: ${DEFAULT-VALUE})", defaultValue = "10")
    int durationSeconds;

    @Option(names = "--patron", description = "Patrons to use, one per terminal in turn (default: the demo patrons 23529000000101-112)")
    List<String> patrons = new ArrayList<>(List.of("23529000000101", "23529000000102", "23529000000103", "23529000000104",
            "23529000000105", "23529000000106", "23529000000107", "23529000000108", "23529000000109", "23529000000110",
            "23529000000111", "23529000000112"));

    @Option(names = "--pin", description = "PINs of those patrons, in the same order (default: the demo PINs p0101-p0112)")
    List<String> pins = new ArrayList<>(List.of("p0101", "p0102", "p0103", "p0104", "p0105", "p0106", "p0107", "p0108",
            "p0109", "p0110", "p0111", "p0112"));

    @Option(names = "--item", description = "Items to check out and in, one per terminal in turn (default: the demo library's books 39999000000101-199)")
    List<String> items = demoBooks();

    @Option(names = "--mix", description = "Weights of 23, 63, 17 and checkout+checkin (default: ${DEFAULT-VALUE})", defaultValue = "30,30,20,20",
            split = ",")
    int[] mix;

    @Option(names = "--json", description = "Also write the figures to this JSON file")
    Path json;

    @Option(names = "--no-progress", description = "No progress bar")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    private final AtomicLong done = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Terminal> terminals = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            terminals.add(new Terminal(i));
        }
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch finished = new CountDownLatch(connections);
        long[] deadline = new long[1];
        CountDownLatch start = new CountDownLatch(1);
        for (Terminal terminal : terminals) {
            Thread.ofPlatform().name("bench-" + terminal.index).start(() -> {
                try {
                    terminal.connect();
                } catch (IOException e) {
                    terminal.failure = e.getMessage();
                }
                ready.countDown();
                try {
                    start.await();
                    if (terminal.failure == null) {
                        terminal.run(deadline[0]);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    terminal.close();
                    finished.countDown();
                }
            });
        }
        ready.await();
        long failedToConnect = terminals.stream().filter(t -> t.failure != null).count();
        long begin = System.nanoTime();
        deadline[0] = begin + Duration.ofSeconds(durationSeconds).toNanos();
        start.countDown();
        while (!finished.await(500, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            if (!noProgress) {
                progress(begin);
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (!noProgress) {
            System.err.println();
        }
        Map<Kind, Histogram> latency = new EnumMap<>(Kind.class);
        Map<Kind, long[]> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            Histogram merged = new Histogram(3);
            long[] tally = new long[3];
            for (Terminal terminal : terminals) {
                merged.add(terminal.latency.get(kind));
                tally[1] += terminal.refused.get(kind)[0];
                tally[2] += terminal.errors.get(kind)[0];
            }
            tally[0] = merged.getTotalCount();
            latency.put(kind, merged);
            counts.put(kind, tally);
        }
        report(out, seconds, latency, counts, failedToConnect);
        if (json != null) {
            Files.writeString(json, json(seconds, latency, counts, failedToConnect), StandardCharsets.UTF_8);
        }
        return errors.get() == 0 && failedToConnect == 0 ? 0 : 1;
    }

    private void progress(long begin) {
        double elapsed = (System.nanoTime() - begin) / 1e9;
        int width = 30;
        int filled = (int) Math.min(width, Math.round(width * elapsed / durationSeconds));
        System.err.printf(Locale.ROOT, "\r[%s%s] %4.0fs/%ds  %,d requests  %,.0f req/s  %d errors ",
                "#".repeat(filled), " ".repeat(width - filled), elapsed, durationSeconds, done.get(), done.get() / Math.max(elapsed, 0.001), errors.get());
    }

    private void report(PrintWriter out, double seconds, Map<Kind, Histogram> latency, Map<Kind, long[]> counts, long failedToConnect) {
        long total = counts.values().stream().mapToLong(c -> c[0]).sum();
        out.printf(Locale.ROOT, "%d terminals, %.1f s, %,d requests, %,.0f requests/s, %d errors%s%n", connections, seconds, total,
                total / seconds, errors.get(), failedToConnect > 0 ? ", " + failedToConnect + " terminals could not connect" : "");
        out.printf(Locale.ROOT, "%-4s %10s %10s %8s %8s %8s %8s %9s %7s%n", "msg", "count", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "refused", "errors");
        for (Kind kind : Kind.values()) {
            Histogram h = latency.get(kind);
            long[] c = counts.get(kind);
            out.printf(Locale.ROOT, "%-4s %10d %10.0f %8.2f %8.2f %8.2f %8.2f %9d %7d%n", kind.id, c[0], c[0] / seconds,
                    ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)), ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), c[1], c[2]);
        }
        out.flush();
    }

    private String json(double seconds, Map<Kind, Histogram> latency, Map<Kind, long[]> counts, long failedToConnect) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "{\"connections\":%d,\"seconds\":%.3f,\"errors\":%d,\"failedToConnect\":%d,\"messages\":{", connections, seconds, errors.get(), failedToConnect));
        for (Kind kind : Kind.values()) {
            Histogram h = latency.get(kind);
            long[] c = counts.get(kind);
            text.append(String.format(Locale.ROOT, "%s\"%s\":{\"count\":%d,\"perSecond\":%.1f,\"p50\":%.3f,\"p95\":%.3f,\"p99\":%.3f,\"max\":%.3f,\"refused\":%d,\"errors\":%d}",
                    kind.ordinal() == 0 ? "" : ",", kind.id, c[0], c[0] / seconds, ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(95)),
                    ms(h.getValueAtPercentile(99)), ms(h.getMaxValue()), c[1], c[2]));
        }
        return text.append("}}\n").toString();
    }

    /** The demo items 101-199 that are books: media items carry a rental fee, which would soon block the patrons. */
    private static List<String> demoBooks() {
        List<String> books = new ArrayList<>();
        for (int i = 101; i < 200; i++) {
            if ("123468".indexOf(Character.forDigit(i % 10, 10)) >= 0) {
                books.add("39999000000" + i);
            }
        }
        return books;
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    /** One benchmark terminal: its connection, its patron and item, and its own figures. */
    private final class Terminal {
        final int index;
        final String patron;
        final String pin;
        final String item;
        final Map<Kind, Histogram> latency = new EnumMap<>(Kind.class);
        final Map<Kind, long[]> refused = new EnumMap<>(Kind.class);
        final Map<Kind, long[]> errors = new EnumMap<>(Kind.class);
        /** Each request gets its own transaction time, so no two are taken for a retransmission. */
        private LocalDateTime clock;
        SipConnection sip;
        String failure;

        Terminal(int index) {
            this.index = index;
            this.patron = patrons.get(index % patrons.size());
            this.pin = pins.get(index % patrons.size() % pins.size());
            this.item = items.get(index % items.size());
            this.clock = LocalDateTime.now().minusYears(1).plusDays(index);
            for (Kind kind : Kind.values()) {
                latency.put(kind, new Histogram(3));
                refused.put(kind, new long[1]);
                errors.put(kind, new long[1]);
            }
        }

        void connect() throws IOException {
            sip = new SipConnection(server);
            SipConnection.Exchange login = sip.sendText("9300CN" + sipUser + "|CO" + sipPass + "|CP" + location + "|");
            if (!login.response().startsWith("941")) {
                throw new IOException("login refused: " + login.response());
            }
        }

        void run(long deadline) {
            int total = mix[0] + mix[1] + mix[2] + mix[3];
            while (System.nanoTime() < deadline) {
                int pick = ThreadLocalRandom.current().nextInt(total);
                if (pick < mix[0]) {
                    measure(Kind.PATRON_STATUS,
                            "23001" + date() + "AO" + location + "|AA" + patron + "|AC|AD" + pin + "|");
                } else if (pick < mix[0] + mix[1]) {
                    measure(Kind.PATRON_INFORMATION,
                            "63001" + date() + "  Y       AO" + location + "|AA" + patron + "|AC|AD" + pin + "|");
                } else if (pick < mix[0] + mix[1] + mix[2]) {
                    measure(Kind.ITEM_INFORMATION, "17" + date() + "AO" + location + "|AB" + item + "|AC|");
                } else {
                    measure(Kind.CHECKOUT, "11YN" + date() + " ".repeat(18) + "AO" + location + "|AA" + patron
                            + "|AB" + item + "|AC|AD" + pin + "|BOY|");
                    measure(Kind.CHECKIN, "09N" + date() + date() + "AP" + location + "|AO" + location + "|AB" + item + "|AC|");
                }
            }
        }

        private String date() {
            clock = clock.plusSeconds(1);
            return SipDate.local(clock).text();
        }

        private void measure(Kind kind, String request) {
            long start = System.nanoTime();
            try {
                SipConnection.Exchange exchange = sip.sendText(request);
                latency.get(kind).recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                SipMessage response = exchange.parsed();
                if (response == null || response instanceof RequestScResend || exchange.problem() != null) {
                    errors.get(kind)[0]++;
                    BenchCommand.this.errors.incrementAndGet();
                } else if (response instanceof CheckoutResponse r && !r.ok() || response instanceof CheckinResponse c && !c.ok()) {
                    refused.get(kind)[0]++;
                }
            } catch (IOException e) {
                errors.get(kind)[0]++;
                BenchCommand.this.errors.incrementAndGet();
            }
            done.incrementAndGet();
        }

        void close() {
            try {
                if (sip != null) {
                    sip.close();
                }
            } catch (IOException e) {
                // closing at the end of the run
            }
        }
    }
}
