package org.sip2.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sip2.protocol.Secrets;
import org.sip2.protocol.SipCodec;
import org.sip2.protocol.SipFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The emulator: logs in, sends the messages asked for in order, and prints each request and
 * response raw and explained field by field. Exit code 0 when every exchange got a valid response.
 */
@Command(
        name = "sip-cli",
        mixinStandardHelpOptions = true,
        version = "sip-cli 0.1",
        description = "SIP2 client: emulate a self-check terminal, record and replay sessions, benchmark a server.",
        subcommands = {ShellCommand.class, RecordCommand.class, ReplayCommand.class, BenchCommand.class},
        footer = {
            "",
            "Example: sip-cli -a localhost -p 6001 -su term1 -sp term1 -l CPL --patron term1 --password term1 "
                    + "-m patron_information",
            "Command lines written for Koha's sip_cli_emulator.pl run unchanged (docs/cli.md)."
        })
public class SipCli implements Callable<Integer> {

    private static final SipCodec CODEC = new SipCodec();

    @Mixin
    ConnectionOptions connection;

    @Mixin
    EmulatorOptions terminal;

    @Option(names = "--raw", description = "A message to send exactly as typed (repeatable), after the -m messages")
    List<String> raw = new ArrayList<>();

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(commandLine(), args));
    }

    /** Runs a command line, written for sip-cli or for Koha's sip_cli_emulator.pl. */
    public static int execute(CommandLine commandLine, String... args) {
        return commandLine.execute(KohaArguments.normalise(commandLine.getCommandSpec(), args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new SipCli()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<MessageName> messages = new ArrayList<>(terminal.messages);
        if (messages.isEmpty() && raw.isEmpty()) {
            messages.add(terminal.patron == null ? MessageName.sc_status : MessageName.patron_information);
        }
        boolean ok = true;
        try (SipConnection sip = new SipConnection(connection)) {
            if (terminal.sipUser != null && !messages.contains(MessageName.login)) {
                messages.addFirst(MessageName.login);
            }
            for (MessageName name : messages) {
                ok &= print(out, sip.send(Requests.build(name, terminal, Requests.now())));
            }
            for (String message : raw) {
                ok &= print(out, sip.sendText(message));
            }
        }
        return ok ? 0 : 1;
    }

    /** Prints one exchange, raw and explained; returns whether the response was valid. */
    static boolean print(PrintWriter out, SipConnection.Exchange exchange) {
        out.println("> " + Secrets.mask(exchange.request(), '|'));
        explain(stripTrailer(exchange.request())).forEach(out::println);
        out.println("< " + Secrets.mask(exchange.response(), '|'));
        if (exchange.parsed() != null) {
            Explainer.explain(exchange.parsed()).forEach(out::println);
        }
        if (exchange.problem() != null) {
            out.println("  !! " + exchange.problem());
        }
        out.println();
        out.flush();
        return exchange.problem() == null;
    }

    private static List<String> explain(String message) {
        try {
            return Explainer.explain(CODEC.parse(message));
        } catch (SipFormatException e) {
            return List.of("  (" + e.getMessage() + ")");
        }
    }

    /** The message without its AY/AZ trailer. */
    static String stripTrailer(String message) {
        return message.replaceFirst("(AY\\d{1,2})?AZ[0-9A-Fa-f]{4}$", "");
    }
}
