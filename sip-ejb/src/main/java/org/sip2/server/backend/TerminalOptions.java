package org.sip2.server.backend;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The behaviour options of one terminal account as read on each request: they come with the
 * account at login (no query per request). An option the account does not set has its default.
 */
public final class TerminalOptions {

    public static final TerminalOptions DEFAULTS = new TerminalOptions(Map.of());

    private final Map<String, String> values;

    public TerminalOptions(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public boolean flag(TerminalOption option) {
        return "1".equals(text(option));
    }

    /** The option's text, or its default. */
    public String text(TerminalOption option) {
        return values.getOrDefault(option.key(), option.defaultValue());
    }

    /** A list option's entries (separated by |, commas or white space), upper-cased for codes. */
    public Set<String> codes(TerminalOption option) {
        return Arrays.stream(text(option).split("[|,\\s]+"))
                .filter(code -> !code.isEmpty())
                .map(code -> code.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A lines option's non-blank lines. */
    public List<String> lines(TerminalOption option) {
        return text(option)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** Whether a list option names this code (case-insensitive). */
    public boolean lists(TerminalOption option, String code) {
        return code != null && codes(option).contains(code.toUpperCase(Locale.ROOT));
    }
}
