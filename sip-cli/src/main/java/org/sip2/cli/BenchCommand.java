package org.sip2.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Load from persistent terminals, each logged in once, looping for a fixed time over a weighted mix
 * of patron status (23), patron information (63), item information (17) and a checkout (11)
 * followed by a checkin (09) of the terminal's own item, at one or more levels of terminals after
 * an optional warm-up. Prints requests per second, latency percentiles, refusals and errors per
 * level; with the server's process id also its CPU time per request and, during one level, the
 * exceptions it throws (JFR). Stops by itself.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmark a SIP2 server with persistent terminals over a weighted message mix, at one or more "
                + "levels of terminals; prints req/s, p50/p95/p99/max, refusals and errors.")
public class BenchCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions server;

    @Option(
            names = {"-su", "--sip_user"},
            defaultValue = "term1",
            description = "Terminal account (default: ${DEFAULT-VALUE})")
    String sipUser;

    @Option(
            names = "--sip-user-pattern",
            description = "One terminal account per terminal instead of --sip_user for all: terminal i (from 1) "
                    + "logs in as this pattern with i in place of its %%d, e.g. bench%%d (bench1, bench2, "
                    + "...), each with --sip_pass")
    String sipUserPattern;

    @Option(
            names = {"-sp", "--sip_pass"},
            defaultValue = "term1",
            description = "Terminal password, of every account (default: ${DEFAULT-VALUE})")
    String sipPass;

    @Option(
            names = {"-l", "--location"},
            defaultValue = "CPL",
            description = "Location and institution (default: ${DEFAULT-VALUE})")
    String location;

    @Option(
            names = {"-c", "--connections"},
            split = ",",
            defaultValue = "10",
            description = "Concurrent terminals; several levels run one after the other, e.g. 1,10,100,500 "
                    + "(default: ${DEFAULT-VALUE})")
    int[] levels;

    @Option(
            names = {"-d", "--duration"},
            defaultValue = "10",
            description = "Seconds to run each level (default: ${DEFAULT-VALUE})")
    int durationSeconds;

    @Option(
            names = "--warmup",
            defaultValue = "0",
            description = "Seconds of load before the first level, not counted (default: ${DEFAULT-VALUE})")
    int warmupSeconds;

    @Option(
            names = "--warmup-connections",
            defaultValue = "10",
            description = "Terminals during the warm-up (default: ${DEFAULT-VALUE})")
    int warmupConnections;

    @Option(
            names = "--patron",
            description = "Patrons, one per terminal in turn: BARCODE, BARCODE:PIN or a range "
                    + "FIRST..LAST (default: the demo patrons 23529000000101-112 with their PINs)")
    List<String> patrons = demoPatrons();

    @Option(names = "--pin", description = "PIN of the patrons given without one (default: none)", defaultValue = "")
    String pin;

    @Option(
            names = "--item",
            description = "Books to check out and in, one per terminal in turn: BARCODE or a range "
                    + "FIRST..LAST (default: the demo library's books 39999000000101-199)")
    List<String> items = demoBooks();

    @Option(
            names = "--mix",
            description = "Weights of 23, 63, 17 and checkout+checkin (default: ${DEFAULT-VALUE})",
            defaultValue = "25,25,25,25",
            split = ",")
    int[] mix;

    @Option(
            names = "--server-pid",
            description = "Process id of the server's JVM on this machine: measure its CPU time per request")
    Long serverPid;

    @Option(
            names = "--jfr-at",
            description = "With --server-pid: record the server with JFR during the level of this "
                    + "many terminals and count the exceptions it throws")
    Integer jfrAt;

    @Option(
            names = "--jfr-file",
            description = "Where the server writes that recording (default: ${DEFAULT-VALUE})",
            defaultValue = "bench.jfr")
    Path jfrFile;

    @Option(
            names = "--max-exceptions-per-request",
            description = "Fail (exit 1) when the recorded level threw more " + "exceptions per request than this")
    Double maxExceptionsPerRequest;

    @Option(names = "--json", description = "Also write the figures of every level to this JSON file")
    Path json;

    @Option(names = "--chart", description = "Also draw the figures of every level to this PNG file")
    Path chart;

    @Option(
            names = "--title",
            defaultValue = "sip-cli bench",
            description = "Title of the chart (default: ${DEFAULT-VALUE})")
    String title;

    @Option(names = "--no-progress", description = "No progress bar")
    boolean noProgress;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<BenchLevel.Assignment> work = assignments();
        ServerProcess process = serverPid == null ? null : new ServerProcess(serverPid);
        if (jfrAt != null && process == null) {
            throw new ParameterException(spec.commandLine(), "--jfr-at needs --server-pid");
        }
        BenchAccounts accounts;
        try {
            accounts = new BenchAccounts(sipUser, sipUserPattern);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        BenchLevel.Setup setup = new BenchLevel.Setup(server, accounts, sipPass, location, mix, new TransactionClock());
        if (warmupSeconds > 0) {
            LevelResult warmup = new BenchLevel(setup, warmupConnections, Duration.ofSeconds(warmupSeconds))
                    .run(i -> work.get(i % work.size()), !noProgress);
            out.printf(
                    Locale.ROOT,
                    "warm-up: %d terminals, %.0f s, %,.0f requests/s, %d errors (not counted)%n%n",
                    warmupConnections,
                    warmup.seconds(),
                    warmup.overall().perSecond(),
                    warmup.overall().errors());
            out.flush();
        }
        List<LevelResult> results = new ArrayList<>();
        boolean tooManyExceptions = false;
        for (int connections : levels) {
            boolean recorded = jfrAt != null && jfrAt == connections;
            if (recorded) {
                process.startRecording(jfrFile);
            }
            double cpuBefore = process == null ? 0 : process.cpuSeconds();
            LevelResult result = new BenchLevel(setup, connections, Duration.ofSeconds(durationSeconds))
                    .run(i -> work.get(i % work.size()), !noProgress);
            long requests = Math.max(1, result.overall().count());
            if (process != null) {
                result = result.withCpu((process.cpuSeconds() - cpuBefore) * 1000 / requests);
            }
            if (recorded) {
                process.stopRecording();
                Map<String, Long> thrown = ServerProcess.exceptionsThrown(jfrFile);
                long count = thrown.values().stream().mapToLong(Long::longValue).sum();
                result = result.withExceptions(count / (double) requests);
                printExceptions(out, thrown);
                tooManyExceptions =
                        maxExceptionsPerRequest != null && result.exceptionsPerRequest() > maxExceptionsPerRequest;
            }
            result.print(out);
            out.println();
            results.add(result);
        }
        if (json != null) {
            Files.writeString(
                    json,
                    results.stream()
                            .map(LevelResult::json)
                            .collect(Collectors.joining(",\n", "{\"levels\":[\n", "\n]}\n")),
                    StandardCharsets.UTF_8);
        }
        if (chart != null) {
            BenchChart.write(results, title, chart);
        }
        if (tooManyExceptions) {
            out.printf(
                    Locale.ROOT,
                    "FAILED: more than %s exceptions per request at %d terminals%n",
                    maxExceptionsPerRequest,
                    jfrAt);
        }
        out.flush();
        boolean clean = results.stream().allMatch(r -> r.overall().errors() == 0 && r.failedToConnect() == 0);
        return clean && !tooManyExceptions ? 0 : 1;
    }

    private static void printExceptions(PrintWriter out, Map<String, Long> thrown) {
        out.println("exceptions thrown by the server during this level (JFR), most frequent first:");
        thrown.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(site -> out.printf(Locale.ROOT, "%10d  %s%n", site.getValue(), site.getKey()));
    }

    /** Terminal i gets patron i and item i, in turn. */
    private List<BenchLevel.Assignment> assignments() {
        List<String> patronList = expand(patrons);
        List<String> itemList = expand(items);
        int count = Math.max(patronList.size(), itemList.size());
        List<BenchLevel.Assignment> work = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] patron = patronList.get(i % patronList.size()).split(":", 2);
            String item = itemList.get(i % itemList.size());
            work.add(new BenchLevel.Assignment(patron[0], patron.length > 1 ? patron[1] : pin, item));
        }
        return work;
    }

    /** Ranges FIRST..LAST of numeric barcodes, keeping the first's width; a PIN after a range applies to all of it. */
    static List<String> expand(List<String> values) {
        List<String> all = new ArrayList<>();
        for (String value : values) {
            int range = value.indexOf("..");
            if (range < 0) {
                all.add(value);
                continue;
            }
            String first = value.substring(0, range);
            String[] last = value.substring(range + 2).split(":", 2);
            String suffix = last.length > 1 ? ":" + last[1] : "";
            for (long n = Long.parseLong(first); n <= Long.parseLong(last[0]); n++) {
                all.add(String.format("%0" + first.length() + "d", n) + suffix);
            }
        }
        return all;
    }

    /** The demo patrons 101-112 with their demo PINs (p0101 ...). */
    private static List<String> demoPatrons() {
        List<String> demo = new ArrayList<>();
        for (int i = 101; i <= 112; i++) {
            demo.add("23529000000" + i + ":p0" + i);
        }
        return demo;
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
}
