package org.sip2.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.sip2.protocol.CheckinResponse;
import org.sip2.protocol.CheckoutResponse;
import org.sip2.protocol.PatronInformationResponse;
import org.sip2.protocol.PatronStatusResponse;
import org.sip2.protocol.RequestScResend;
import org.sip2.protocol.SipMessage;

/**
 * One load level: N persistent terminals, each logged in once with its own patron and item, looping
 * for a fixed time over the weighted mix. Collects latency per message, refusals and errors.
 */
final class BenchLevel {

    /** The message types measured. */
    enum Kind {
        PATRON_STATUS("23"),
        PATRON_INFORMATION("63"),
        ITEM_INFORMATION("17"),
        CHECKOUT("11"),
        CHECKIN("09");

        final String id;

        Kind(String id) {
            this.id = id;
        }
    }

    /** What a terminal works with: its patron (with PIN) and the book it checks out and in. */
    record Assignment(String patron, String pin, String item) {}

    /** Logins, institution and mix of all terminals of a run. */
    record Setup(
            ConnectionOptions server,
            BenchAccounts accounts,
            String sipPass,
            String location,
            int[] mix,
            TransactionClock clock) {}

    private final Setup setup;
    private final int connections;
    private final Duration duration;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    BenchLevel(Setup setup, int connections, Duration duration) {
        this.setup = setup;
        this.connections = connections;
        this.duration = duration;
    }

    /** Connects and logs in every terminal, then runs them all for the duration; progress on stderr unless quiet. */
    LevelResult run(IntFunction<Assignment> assignments, boolean progress) throws InterruptedException {
        List<Terminal> terminals = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            terminals.add(new Terminal(i, assignments.apply(i)));
        }
        CountDownLatch ready = new CountDownLatch(connections);
        CountDownLatch finished = new CountDownLatch(connections);
        CountDownLatch start = new CountDownLatch(1);
        long[] deadline = new long[1];
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
        deadline[0] = begin + duration.toNanos();
        start.countDown();
        while (!finished.await(500, TimeUnit.MILLISECONDS)) {
            if (progress) {
                progress(begin);
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (progress) {
            System.err.println();
        }
        Map<Kind, LevelResult.Figures> figures = new EnumMap<>(Kind.class);
        Histogram all = new Histogram(3);
        for (Kind kind : Kind.values()) {
            Histogram merged = new Histogram(3);
            long refused = 0;
            long failed = 0;
            for (Terminal terminal : terminals) {
                merged.add(terminal.latency.get(kind));
                refused += terminal.refused.get(kind)[0];
                failed += terminal.errors.get(kind)[0];
            }
            all.add(merged);
            figures.put(kind, LevelResult.Figures.of(merged, seconds, refused, failed));
        }
        long refused = figures.values().stream()
                .mapToLong(LevelResult.Figures::refused)
                .sum();
        return new LevelResult(
                connections,
                seconds,
                figures,
                LevelResult.Figures.of(all, seconds, refused, errors.get()),
                failedToConnect);
    }

    private void progress(long begin) {
        double elapsed = (System.nanoTime() - begin) / 1e9;
        long total = duration.toSeconds();
        int width = 30;
        int filled = (int) Math.min(width, Math.round(width * elapsed / Math.max(total, 1)));
        System.err.printf(
                Locale.ROOT,
                "\r%4d terminals [%s%s] %4.0fs/%ds  %,d requests  %,.0f req/s  %d errors ",
                connections,
                "#".repeat(filled),
                " ".repeat(width - filled),
                elapsed,
                total,
                done.get(),
                done.get() / Math.max(elapsed, 0.001),
                errors.get());
    }

    /** One benchmark terminal: its connection, its patron and item, and its own figures. */
    private final class Terminal {
        final int index;
        final Assignment work;
        final Map<Kind, Histogram> latency = new EnumMap<>(Kind.class);
        final Map<Kind, long[]> refused = new EnumMap<>(Kind.class);
        final Map<Kind, long[]> errors = new EnumMap<>(Kind.class);
        SipConnection sip;
        String failure;

        Terminal(int index, Assignment work) {
            this.index = index;
            this.work = work;
            for (Kind kind : Kind.values()) {
                latency.put(kind, new Histogram(3));
                refused.put(kind, new long[1]);
                errors.put(kind, new long[1]);
            }
        }

        void connect() throws IOException {
            sip = new SipConnection(setup.server());
            SipConnection.Exchange login = sip.sendText("9300CN"
                    + setup.accounts().loginId(index) + "|CO" + setup.sipPass() + "|CP" + setup.location() + "|");
            if (!login.response().startsWith("941")) {
                throw new IOException("login refused: " + login.response());
            }
        }

        void run(long deadline) {
            int[] mix = setup.mix();
            int total = mix[0] + mix[1] + mix[2] + mix[3];
            String ao = "AO" + setup.location() + "|";
            String patron = "AA" + work.patron() + "|";
            String item = "AB" + work.item() + "|";
            String pin = "AD" + work.pin() + "|";
            while (System.nanoTime() < deadline) {
                int pick = ThreadLocalRandom.current().nextInt(total);
                if (pick < mix[0]) {
                    measure(Kind.PATRON_STATUS, "23001" + date() + ao + patron + "AC|" + pin);
                } else if (pick < mix[0] + mix[1]) {
                    measure(Kind.PATRON_INFORMATION, "63001" + date() + "  Y       " + ao + patron + "AC|" + pin);
                } else if (pick < mix[0] + mix[1] + mix[2]) {
                    measure(Kind.ITEM_INFORMATION, "17" + date() + ao + item + "AC|");
                } else {
                    measure(
                            Kind.CHECKOUT,
                            "11YN" + date() + " ".repeat(18) + ao + patron + item + "AC|" + pin + "BOY|");
                    measure(Kind.CHECKIN, "09N" + date() + date() + "AP" + setup.location() + "|" + ao + item + "AC|");
                }
            }
        }

        private String date() {
            return setup.clock().next().text();
        }

        private void measure(Kind kind, String request) {
            long start = System.nanoTime();
            try {
                SipConnection.Exchange exchange = sip.sendText(request);
                latency.get(kind).recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                SipMessage response = exchange.parsed();
                if (response == null || response instanceof RequestScResend || exchange.problem() != null) {
                    fail(kind);
                } else if (refusal(response)) {
                    refused.get(kind)[0]++;
                }
            } catch (IOException e) {
                fail(kind);
            }
            done.incrementAndGet();
        }

        private void fail(Kind kind) {
            errors.get(kind)[0]++;
            BenchLevel.this.errors.incrementAndGet();
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

    /** A negative answer: a refused checkout or checkin, an unknown patron or a wrong PIN. */
    static boolean refusal(SipMessage response) {
        return switch (response) {
            case CheckoutResponse r -> !r.ok();
            case CheckinResponse r -> !r.ok();
            case PatronStatusResponse r ->
                Boolean.FALSE.equals(r.validPatron()) || Boolean.FALSE.equals(r.validPatronPassword());
            case PatronInformationResponse r ->
                Boolean.FALSE.equals(r.validPatron()) || Boolean.FALSE.equals(r.validPatronPassword());
            default -> false;
        };
    }
}
