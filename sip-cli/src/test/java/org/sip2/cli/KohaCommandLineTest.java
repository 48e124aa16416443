package org.sip2.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sip2.protocol.SipCodec;
import org.sip2.protocol.SipDate;
import picocli.CommandLine;

/** Command lines written for Koha's sip_cli_emulator.pl read as that script reads them. */
class KohaCommandLineTest {

    private static final SipCodec CODEC = new SipCodec();
    private static final SipDate DATE = new SipDate("20261130    010203");

    private static SipCli parse(String... args) {
        SipCli cli = new SipCli();
        CommandLine commandLine = new CommandLine(cli).setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.parseArgs(KohaArguments.normalise(commandLine.getCommandSpec(), args));
        return cli;
    }

    private static String message(SipCli cli, MessageName name) {
        return CODEC.format(Requests.build(name, cli.terminal, DATE));
    }

    @Test
    void kohaMessageNamesAndOursAreTheSameMessages() {
        SipCli cli = parse(
                "-m",
                "sc_status_request",
                "-m",
                "patron_status_request",
                "-m",
                "sc_status",
                "-m",
                "PATRON_STATUS",
                "-m",
                "checkout");
        assertEquals(
                List.of(
                        MessageName.sc_status,
                        MessageName.patron_status,
                        MessageName.sc_status,
                        MessageName.patron_status,
                        MessageName.checkout),
                cli.terminal.messages);
    }

    @Test
    void anUnknownMessageNameIsRefusedWithTheNamesThatExist() {
        CommandLine commandLine = new CommandLine(new SipCli());
        CommandLine.ParameterException refused = org.junit.jupiter.api.Assertions.assertThrows(
                CommandLine.ParameterException.class, () -> commandLine.parseArgs("-m", "sc_stat"));
        assertTrue(refused.getMessage().contains("sc_status_request"), refused.getMessage());
    }

    @Test
    void hostAliasesOfTheAddress() {
        assertEquals("sip.example.org", parse("--host", "sip.example.org").connection.address);
        assertEquals("10.0.0.7", parse("--hostaddress", "10.0.0.7").connection.address);
        assertEquals("10.0.0.8", parse("-a", "10.0.0.8").connection.address);
        assertEquals("localhost", parse().connection.address);
    }

    @Test
    void feeAcknowledgedAndNoBlockTakeYOrN() {
        SipCli yes = parse("-l", "CPL", "--patron", "P1", "-i", "I1", "-fa", "Y", "-n", "Y", "-m", "checkout");
        String checkout = message(yes, MessageName.checkout);
        assertTrue(checkout.startsWith("11YY"), checkout);
        assertTrue(checkout.contains("|BOY|"), checkout);

        SipCli no = parse("-l", "CPL", "--patron", "P1", "-i", "I1", "-fa", "N", "-n", "N", "-m", "checkout");
        assertTrue(message(no, MessageName.checkout).startsWith("11YN"));
        assertFalse(message(no, MessageName.checkout).contains("BOY"));

        SipCli bare = parse("-fa", "-n", "-m", "checkout");
        assertTrue(bare.terminal.feeAcknowledged.yes() && bare.terminal.noBlock.yes(), "a bare flag means Y");
        assertFalse(
                parse().terminal.feeAcknowledged.yes()
                        || parse().terminal.noBlock.yes(),
                "N by default, as in the emulator");
    }

    @Test
    void feePaidCurrencyUnderKohasName() {
        SipCli cli = parse(
                "-l",
                "CPL",
                "--patron",
                "P1",
                "--fee-amount",
                "1.50",
                "--currency-type",
                "EUR",
                "--fee-type",
                "04",
                "--payment-type",
                "02");
        assertTrue(
                message(cli, MessageName.fee_paid).startsWith("3720261130    0102030402EUR"),
                message(cli, MessageName.fee_paid));
    }

    @Test
    void longOptionsWithOneDashAsGetoptLongReadsThem() {
        SipCli cli = parse(
                "-patron",
                "23529000120056",
                "-password=1234",
                "-location_code",
                "CPL",
                "-message",
                "checkin",
                "-su",
                "koha");
        assertEquals("23529000120056", cli.terminal.patron);
        assertEquals("1234", cli.terminal.patronPassword);
        assertEquals("CPL", cli.terminal.location);
        assertEquals(List.of(MessageName.checkin), cli.terminal.messages);
        assertEquals("koha", cli.terminal.sipUser, "two-letter short names stay short");
    }

    @Test
    void terminatorIsSelectableAndDocumentedAgainstTheEmulatorsDefault() {
        assertEquals(ConnectionOptions.Terminator.CRLF, parse("-t", "CRLF").connection.terminator);
        assertEquals(ConnectionOptions.Terminator.CR, parse("-t", "cr").connection.terminator);
        String expected = "CRLF".equals(System.getenv("SIP_CLI_TERMINATOR")) ? "CRLF" : "CR";
        assertEquals(expected, parse().connection.terminator.name());
        String help = new CommandLine(new SipCli()).getUsageMessage();
        assertTrue(help.contains("SIP_CLI_TERMINATOR=CRLF"), help);
        assertNotEquals(-1, help.indexOf("--hostaddress"));
    }
}
