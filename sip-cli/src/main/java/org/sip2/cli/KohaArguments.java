package org.sip2.cli;

import java.util.Arrays;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Command lines as Perl's Getopt::Long reads them for Koha's sip_cli_emulator.pl: a long option
 * may be written with one dash ({@code -patron 42}, {@code -message=checkout}). Such a word
 * becomes its two-dash form when the command has that option; everything else stays as it is.
 */
final class KohaArguments {

    private KohaArguments() {}

    static String[] normalise(CommandSpec spec, String... args) {
        return Arrays.stream(args).map(arg -> longForm(spec, arg)).toArray(String[]::new);
    }

    private static String longForm(CommandSpec spec, String arg) {
        if (!arg.startsWith("-") || arg.startsWith("--")) {
            return arg;
        }
        String name = arg.substring(1).split("=", 2)[0];
        // the short names (-su, -sp, -fa) are two letters; a long one is longer
        return name.length() > 2 && spec.findOption("--" + name) != null ? "-" + arg : arg;
    }
}
