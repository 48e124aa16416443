package org.sip2.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sip2.cli.SipCli;
import org.sip2.it.kim.KimFixtures;
import picocli.CommandLine;

/** sip-cli against the running server: every emulator message, record and replay, a short benchmark. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CliIT {

    @TempDir
    Path dir;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sip.war")))
                .addClass(KimFixtures.class);
    }

    /** What one run of the CLI printed and returned. */
    private record Run(int exitCode, String output) {}

    private static Run cli(String... args) {
        return cli(new StringWriter(), args);
    }

    private static Run cli(StringWriter out, String... args) {
        CommandLine commandLine = SipCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString());
    }

    private static List<String> server(String... args) {
        List<String> all = new ArrayList<>(List.of("-a", "127.0.0.1", "-p", String.valueOf(SipClient.PORT)));
        all.addAll(List.of(args));
        return all;
    }

    @Test
    void everyEmulatorMessageAgainstTheDemoData() {
        List<String> args = server(
                "-su",
                "sc1",
                "-sp",
                "sc1",
                "-l",
                "FFZG",
                "-t",
                "CRLF",
                "--patron",
                "1000000004",
                "--password",
                "p0004",
                "-i",
                "31100000000011",
                "-s",
                "2",
                "--fee-amount",
                "0.50",
                "--currency",
                "EUR",
                "--item-properties",
                "shelf=B2");
        for (String message : List.of(
                "login",
                "sc_status",
                "patron_status",
                "patron_information",
                "item_information",
                "checkout",
                "renew",
                "renew_all",
                "checkin",
                "hold",
                "fee_paid",
                "block_patron",
                "patron_enable",
                "item_status_update",
                "end_session")) {
            args.addAll(List.of("-m", message));
        }
        Run run = cli(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.output());
        String out = run.output();
        assertTrue(out.contains("> 9300CNsc1|CO***|CPFFZG|"), "the password is masked");
        assertTrue(out.contains("< 941"));
        assertTrue(
                java.util.regex.Pattern.compile("\n    ok +'1'  yes\n")
                        .matcher(out)
                        .find(),
                "fields are named and explained");
        for (String response : List.of(
                "< 98YYYYYY",
                "< 24 ",
                "< 64 ",
                "< 1803",
                "< 121",
                "< 301",
                "< 661",
                "< 101",
                "< 161",
                "< 38N",
                "< 24YYYY",
                "< 26 ",
                "< 201",
                "< 36Y")) {
            assertTrue(out.contains(response), response + " in\n" + out);
        }
        assertTrue(out.contains("AE personal name"));
        assertTrue(out.matches("(?s).*BX supported messages +'YYYYYYYYYYYYYYYY'.*"));
        assertTrue(
                out.matches("(?s).*AF screen message +'Nothing is owed'.*"), "the fee paid is refused with a reason");
    }

    @Test
    void rawMessagesAndErrorDetection() {
        Run run = cli(server("--error-detection", "--raw", "9300CNterm1|COterm1|CPCPL|", "--raw", "9900302.00")
                .toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("< 941AY0AZFDFD"), run.output());
        assertTrue(run.output().contains("AY1AZ"), "the sequence number goes up");
    }

    @Test
    void recordedSessionReplaysAndADifferentAnswerFails() throws Exception {
        Path transcript = dir.resolve("session.sip");
        List<String> record = server("record", "--listen", "0", "-o", transcript.toString(), "--max-connections", "1");
        StringWriter recorderOutput = new StringWriter();
        Thread recorder = Thread.ofPlatform().start(() -> cli(recorderOutput, withServer(record)));
        int proxyPort = listeningPort(recorderOutput);
        Run session = cli(
                "-a",
                "127.0.0.1",
                "-p",
                String.valueOf(proxyPort),
                "-su",
                "term1",
                "-sp",
                "term1",
                "-l",
                "CPL",
                "--patron",
                "23529000000107",
                "--password",
                "p0107",
                "-i",
                "39999000000181",
                "-m",
                "patron_status",
                "-m",
                "item_information");
        assertEquals(0, session.exitCode(), session.output());
        recorder.join(10_000);
        String recorded = Files.readString(transcript);
        assertTrue(recorded.contains("> 9300CNterm1|CO***|CPCPL|"), recorded);
        assertTrue(recorded.contains("|AD***|") && !recorded.contains("p0107"), "the PIN is masked");

        List<String> replay = server("replay", transcript.toString(), "-sp", "term1", "--password", "p0107");
        Run same = cli(withServer(replay));
        assertEquals(0, same.exitCode(), same.output());
        assertTrue(same.output().contains("3 exchanges replayed, 0 differ"), same.output());

        try (SipClient kiosk = SipClient.loggedIn()) {
            assertTrue(kiosk.exchange(Sip.checkout("23529000000108", "p0108", "39999000000181", true, null))
                    .startsWith("121"));
            Run changed = cli(withServer(replay));
            assertEquals(1, changed.exitCode(), changed.output());
            assertTrue(changed.output().contains("DIFFERS at exchange 3 (17)"), changed.output());
            kiosk.exchange(Sip.checkin("39999000000181"));
        }
    }

    @Test
    void benchForAFewSecondsAtTenConnections() throws IOException {
        Path json = dir.resolve("bench.json");
        Run run = cli(withServer(server("bench", "-c", "10", "-d", "3", "--no-progress", "--json", json.toString())));
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("10 terminals") && run.output().contains(" 0 errors"), run.output());
        assertTrue(run.output().contains("p99 ms"));
        assertTrue(Files.readString(json).contains("\"errors\":0"), Files.readString(json));
    }

    /**
     * Command lines as the usage text of Koha's sip_cli_emulator.pl documents them (its option
     * names, message names and Y/N values), run unchanged against the server: a circulation
     * round trip of the KIM fixture's patron and item that leaves both as they were.
     */
    @Test
    void commandLinesWrittenForKohasEmulatorRunUnchanged() {
        String server = "-a 127.0.0.1 -p " + SipClient.PORT + " -su kim-term -sp kim-term -l KIM";
        String patron = " --patron " + KimFixtures.PATRON + " --password " + KimFixtures.PIN;
        String item = " --item " + KimFixtures.ITEM;
        List<String[]> kohaCommandLines = List.of(
                new String[] {server + " -m sc_status_request", "< 98"},
                new String[] {server + patron + " -m patron_status_request", "< 24 "},
                new String[] {server + patron + " -m patron_information", "< 64 "},
                new String[] {server + item + " -m item_information", "< 1803"},
                new String[] {server + patron + item + " -fa N -n N -m checkout", "< 121"},
                new String[] {server + patron + item + " -fa Y -m renew", "< 301"},
                new String[] {server + item + " -n N -m checkin", "< 101"},
                new String[] {server + patron + item + " --hold-mode + --pickup-location KIM -m hold", "< 161"},
                new String[] {server + patron + item + " --hold-mode - -m hold", "< 161"},
                new String[] {
                    server + patron + " --fee-amount 0.50 --fee-type 01 --payment-type 00 --currency-type USD"
                            + " --transaction-id KIM-TX-1 -m fee_paid",
                    "< 38N"
                },
                new String[] {
                    ("--host 127.0.0.1 --port " + SipClient.PORT + " --sip_user kim-term --sip_pass kim-term"
                            + " --location KIM -t CRLF -m sc_status_request -m login"),
                    "< 941"
                },
                new String[] {
                    ("--hostaddress 127.0.0.1 -p " + SipClient.PORT + " -su kim-term -sp kim-term -l KIM" + " -patron "
                            + KimFixtures.PATRON + " -password " + KimFixtures.PIN + " -message patron_status_request"),
                    "< 24 "
                });
        for (String[] line : kohaCommandLines) {
            StringWriter out = new StringWriter();
            CommandLine commandLine = SipCli.commandLine();
            commandLine.setOut(new PrintWriter(out, true));
            commandLine.setErr(new PrintWriter(out, true));
            int code = SipCli.execute(commandLine, line[0].split(" "));
            assertEquals(0, code, line[0] + "\n" + out);
            assertTrue(out.toString().contains(line[1]), line[1] + " for " + line[0] + "\n" + out);
            assertTrue(out.toString().contains("< 941"), "logged in first, as the emulator does");
        }
    }

    /** Subcommand arguments with the connection options after the subcommand name. */
    private static String[] withServer(List<String> args) {
        List<String> reordered = new ArrayList<>(args.subList(4, args.size()));
        reordered.addAll(1, args.subList(0, 4));
        return reordered.toArray(String[]::new);
    }

    /** The port the proxy says it listens on. */
    private static int listeningPort(StringWriter output) throws InterruptedException {
        java.util.regex.Pattern listening =
                java.util.regex.Pattern.compile("point the kiosk at 127\\.0\\.0\\.1:(\\d+)");
        for (int i = 0; i < 200; i++) {
            java.util.regex.Matcher port = listening.matcher(output.toString());
            if (port.find()) {
                return Integer.parseInt(port.group(1));
            }
            Thread.sleep(25);
        }
        throw new IllegalStateException("the recording proxy did not start: " + output);
    }
}
