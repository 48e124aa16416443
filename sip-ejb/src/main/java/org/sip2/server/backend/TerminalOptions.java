package org.sip2.server.backend;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The behaviour options of one terminal account as read on each request: they come with the
 * account at login (no query per request). An option the account does not set has its default.
 */
public final class TerminalOptions {

    public static final TerminalOptions DEFAULTS = new TerminalOptions(Map.of());
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[|,\\s]+");

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
        return entries(option).map(code -> code.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
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
        return code != null && entries(option).anyMatch(code::equalsIgnoreCase);
    }

    private Stream<String> entries(TerminalOption option) {
        String text = text(option);
        return text.isEmpty()
                ? Stream.empty()
                : LIST_SEPARATORS.splitAsStream(text).filter(code -> !code.isEmpty());
    }
}
