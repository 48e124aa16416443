package org.sip2.cli;

import java.nio.charset.Charset;
import picocli.CommandLine.Option;

/** Where the SIP2 server is and how to speak to it; shared by every command. */
public class ConnectionOptions {

    @Option(
            names = {"-a", "--address", "--host", "--hostaddress"},
            description = "Server address (default: ${DEFAULT-VALUE})",
            defaultValue = "localhost")
    String address;

    @Option(
            names = {"-p", "--port"},
            description = "Server port (default: ${DEFAULT-VALUE})",
            defaultValue = "6001")
    int port;

    /** CR as the protocol has it; Koha's emulator sends CRLF unless told CR, hence the environment variable. */
    @Option(
            names = {"-t", "--terminator"},
            defaultValue = "${env:SIP_CLI_TERMINATOR:-CR}",
            description =
                    "Line terminator to send: CR or CRLF (default: ${DEFAULT-VALUE}; set SIP_CLI_TERMINATOR=CRLF for"
                            + " the default of Koha's sip_cli_emulator.pl)")
    Terminator terminator;

    @Option(names = "--error-detection", description = "Send AY/AZ and check them on responses")
    boolean errorDetection;

    @Option(
            names = "--encoding",
            description = "Character set of the messages (default: ${DEFAULT-VALUE})",
            defaultValue = "UTF-8")
    String encoding;

    @Option(
            names = "--tls",
            description = "Connect with TLS 1.2 or 1.3, checking the server's certificate and that it"
                    + " names the --address")
    boolean tls;

    @Option(names = "--trust-store", description = "Trust store (PKCS12 or JKS) for --tls; default: the JVM's")
    String trustStore;

    @Option(
            names = "--trust-store-password",
            description = "Password of the trust store",
            arity = "0..1",
            interactive = true)
    char[] trustStorePassword;

    @Option(
            names = "--key-store",
            description = "PKCS12 file with this terminal's client certificate and key, for --tls")
    String keyStore;

    @Option(
            names = "--key-store-password",
            description = "Password of the key store",
            arity = "0..1",
            interactive = true)
    char[] keyStorePassword;

    @Option(
            names = "--no-verify-hostname",
            description = "With --tls, accept a certificate that does not name the"
                    + " --address (the certificate chain is still checked)")
    boolean noVerifyHostname;

    @Option(
            names = "--timeout",
            description = "Seconds to wait for a response (default: ${DEFAULT-VALUE})",
            defaultValue = "30")
    int timeoutSeconds;

    /** The terminators a terminal may use. */
    public enum Terminator {
        CR("\r"),
        CRLF("\r\n");

        final String text;

        Terminator(String text) {
            this.text = text;
        }
    }

    Charset charset() {
        return Charset.forName(encoding);
    }
}
