package org.sip2.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * An interactive session: type raw SIP2 messages, or an emulator message name (checkout, …) to
 * have it built from the options. Line editing and history (kept in ~/.sip-cli_history) by JLine.
 */
@Command(
        name = "shell",
        mixinStandardHelpOptions = true,
        description = {
            "Interactive SIP2 session with history. Type a message as sent (e.g. 9900302.00),",
            "or a message name (login, sc_status, patron_information, checkout, ...) to build it from the options;",
            "'set patron 123', 'set item 456', 'set password 1234' change them; 'quit' ends."
        })
public class ShellCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    EmulatorOptions terminal;

    @Override
    public Integer call() throws IOException {
        try (Terminal console = TerminalBuilder.builder().system(true).build();
                SipConnection sip = new SipConnection(connection)) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(console)
                    .appName("sip-cli")
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".sip-cli_history"))
                    .build();
            PrintWriter out = console.writer();
            out.println("Connected to " + connection.address + ":" + connection.port
                    + ". Type a SIP2 message, a message name, or quit.");
            while (true) {
                String line;
                try {
                    line = reader.readLine("sip> ").strip();
                } catch (UserInterruptException | EndOfFileException e) {
                    return 0;
                }
                if (line.isEmpty()) {
                    continue;
                }
                if (line.equals("quit") || line.equals("exit")) {
                    return 0;
                }
                try {
                    run(line, sip, out);
                } catch (IOException e) {
                    out.println("!! " + e.getMessage());
                    return 1;
                }
            }
        }
    }

    private void run(String line, SipConnection sip, PrintWriter out) throws IOException {
        String[] words = line.split("\\s+", 3);
        if (words[0].equals("set") && words.length == 3) {
            set(words[1], words[2], out);
            return;
        }
        Optional<MessageName> message = MessageName.named(words[0]);
        if (message.isPresent()) {
            SipCli.print(out, sip.send(Requests.build(message.get(), terminal, Requests.now())));
            return;
        }
        SipCli.print(out, sip.sendText(line));
    }

    private void set(String field, String value, PrintWriter out) {
        switch (field) {
            case "patron" -> terminal.patron = value;
            case "password" -> terminal.patronPassword = value;
            case "item" -> terminal.item = value;
            case "location" -> terminal.location = value;
            case "summary" -> terminal.summary = value;
            default -> out.println("!! can set: patron, password, item, location, summary");
        }
    }
}
