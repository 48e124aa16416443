package org.sip2.server.backend;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks an option's value before it is stored, so that a bad value is refused in the console, not at a checkout. */
public final class OptionValues {

    /** Item properties an item template or {@code cr_item_field} may name (Koha's column names). */
    public static final Set<String> ITEM_PROPERTIES = Set.of(
            "barcode",
            "title",
            "author",
            "itemcallnumber",
            "itype",
            "ccode",
            "homebranch",
            "holdingbranch",
            "permanent_location",
            "location",
            "datelastseen");
    /** Koha's values of seen_on_item_information (empty: off). */
    public static final Set<String> SEEN_MODES = Set.of("", "mark_found", "keep_lost");
    /** Patron properties a patron template may name (Koha's column names). */
    public static final Set<String> PATRON_PROPERTIES = Set.of(
            "cardnumber",
            "name",
            "surname",
            "firstname",
            "categorycode",
            "branchcode",
            "dateofbirth",
            "dateexpiry",
            "email",
            "phone",
            "address");

    private OptionValues() {}

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
        if (option == TerminalOption.LOST_BLOCK_CHECKOUT && !normalized.isEmpty() && !normalized.matches("\\d{1,6}")) {
            throw new IllegalArgumentException("lost_block_checkout is a number of lost items, not '" + value + "'");
        }
        if (option == TerminalOption.CR_ITEM_FIELD && !normalized.isEmpty() && !ITEM_PROPERTIES.contains(normalized)) {
            throw new IllegalArgumentException("no item property '" + normalized + "' (there are "
                    + String.join(", ", new TreeSet<>(ITEM_PROPERTIES)) + ")");
        }
        if (option == TerminalOption.REGISTER_ID && normalized.length() > 64) {
            throw new IllegalArgumentException("register_id has at most 64 characters");
        }
        if (option == TerminalOption.SEEN_ON_ITEM_INFORMATION && !SEEN_MODES.contains(normalized)) {
            throw new IllegalArgumentException(
                    "seen_on_item_information is mark_found, keep_lost or empty, not '" + value + "'");
        }
        if (option.kind() == TerminalOption.Kind.TEMPLATE && !normalized.isEmpty()) {
            FieldTemplate.check(normalized);
        }
        if (option == TerminalOption.CUSTOM_PATRON_FIELD || option == TerminalOption.CUSTOM_ITEM_FIELD) {
            normalized
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .forEach(OptionValues::checkCustomField);
        }
        if (option == TerminalOption.SCREEN_MSG_REGEX) {
            normalized
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .forEach(OptionValues::checkRewrite);
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
            Pattern.compile(line.substring(0, arrow).strip())
                    .matcher("")
                    .replaceAll(line.substring(arrow + 2).strip());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("'" + line + "': " + e.getMessage());
        }
    }
}
