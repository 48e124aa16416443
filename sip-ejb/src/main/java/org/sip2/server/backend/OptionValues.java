package org.sip2.server.backend;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks an option's value before it is stored, so that a bad value is refused in the console, not at a checkout. */
public final class OptionValues {

    private OptionValues() {
    }

    /**
     * The value to store: normalized, or the default when null.
     *
     * @throws IllegalArgumentException with a message for the administrator
     */
    public static String validate(TerminalOption option, String value) {
        String normalized = option.normalize(value);
        if (option == TerminalOption.FORMAT_DUE_DATE && !normalized.isEmpty()) {
            DateTimeFormatter.ofPattern(normalized, Locale.ROOT);
        }
        if (option.kind() == TerminalOption.Kind.TEMPLATE && !normalized.isEmpty()) {
            FieldTemplate.check(normalized);
        }
        if (option == TerminalOption.CUSTOM_PATRON_FIELD || option == TerminalOption.CUSTOM_ITEM_FIELD) {
            normalized.lines().map(String::strip).filter(line
                    -> !line.isEmpty()).forEach(OptionValues::checkCustomField);
        }
        if (option == TerminalOption.SCREEN_MSG_REGEX) {
            normalized.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(OptionValues::checkRewrite);
        }
        if (normalized.length() > 4000) {
            throw new IllegalArgumentException("at most 4,000 characters");
        }
        return normalized;
    }

    /** One custom field: {@code XY = template}. */
    public static void checkCustomField(String line) {
        int equals = line.indexOf('=');
        String id = equals < 0 ? "" : line.substring(0, equals).strip();
        if (id.length() != 2 || !id.chars().allMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("'" + line + "' is not a two-character field id = template");
        }
        FieldTemplate.check(line.substring(equals + 1).strip());
    }

    private static void checkRewrite(String line) {
        int arrow = line.indexOf("=>");
        if (arrow <= 0) {
            throw new IllegalArgumentException("'" + line + "' is not: regular expression => replacement");
        }
        try {
            Pattern.compile(line.substring(0, arrow).strip()).matcher("").replaceAll(line.substring(arrow + 2).strip());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("'" + line + "': " + e.getMessage());
        }
    }
}
