package org.sip2.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.sip2.protocol.ErrorDetection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Sends a transcript's requests to a server and compares each response with the recorded one,
 * ignoring dates and the AY/AZ trailer. Exit code 1 when any response differs: a recorded session
 * becomes a regression test.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = "Replay a transcript against a server and report each response that differs (dates ignored); "
                + "exit 1 on a difference.")
public class ReplayCommand implements Callable<Integer> {

    private static final Pattern DATE = Pattern.compile("\\d{8}[ A-Z0-9]{4}\\d{6}");
    private static final Pattern TRAILER = Pattern.compile("(AY\\d{1,2})?AZ[0-9A-Fa-f]{4}$");
    private static final Pattern SEQUENCE = Pattern.compile("AY(\\d{1,2})AZ[0-9A-Fa-f]{4}$");

    @Mixin
    ConnectionOptions server;

    @Parameters(index = "0", description = "The transcript to replay")
    Path transcript;

    @Option(
            names = {"-sp", "--sip_pass"},
            description = "Terminal password, put where the transcript has CO*** (and AC***)")
    String sipPass;

    @Option(names = "--terminal-password", description = "Put where the transcript has AC*** (default: the --sip_pass)")
    String terminalPassword;

    @Option(names = "--password", description = "Patron PIN, put where the transcript has AD***")
    String patronPassword;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Transcript recorded = Transcript.read(transcript);
        int exchanges = 0;
        int differences = 0;
        for (List<Transcript.Exchange> connection : recorded.connections()) {
            try (SipConnection sip = new SipConnection(server)) {
                for (Transcript.Exchange exchange : connection) {
                    exchanges++;
                    SipConnection.Exchange now = sip.sendText(unmask(exchange.request()));
                    if (!normalise(now.response()).equals(normalise(exchange.response()))) {
                        differences++;
                        out.println("DIFFERS at exchange " + exchanges + " ("
                                + exchange.request()
                                        .substring(
                                                0,
                                                Math.min(2, exchange.request().length())) + ")");
                        out.println("  recorded: " + exchange.response());
                        out.println("  now:      " + now.response());
                    }
                }
            }
        }
        out.println(exchanges + " exchanges replayed, " + differences + " differ");
        out.flush();
        return differences == 0 ? 0 : 1;
    }

    /** Puts the given secrets back where the transcript masked them, and re-seals a trailer. */
    String unmask(String request) {
        String text = request;
        text = fill(text, "CO", sipPass);
        text = fill(text, "AC", terminalPassword != null ? terminalPassword : sipPass);
        text = fill(text, "AD", patronPassword);
        var sequence = SEQUENCE.matcher(text);
        if (sequence.find()) {
            String body = TRAILER.matcher(text).replaceFirst("");
            return new String(
                    ErrorDetection.seal(body, server.charset(), true, sequence.group(1), ""), server.charset());
        }
        return text;
    }

    private static String fill(String text, String field, String secret) {
        return secret == null ? text : text.replace(field + "***", field + secret);
    }

    /** What must match: the response without its dates and its trailer. */
    static String normalise(String response) {
        return DATE.matcher(TRAILER.matcher(response).replaceFirst("")).replaceAll("<date>");
    }
}
