package org.sip2.server.backend;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The behaviour options of a terminal account, named as in Koha's SIPconfig.xml so that a Koha
 * administrator recognizes them. Each has our default (what an account without the option does)
 * and Koha's default (what a Koha account without the attribute did: the SIPconfig import takes it).
 */
public enum TerminalOption {
    CHECKED_IN_OK(
            "checked_in_ok",
            Kind.FLAG,
            Group.CHECKIN,
            "1",
            "0",
            "An item that was not checked out is checked in with ok=1; off: ok=0 with an alert"),
    CV_SEND_00_ON_SUCCESS(
            "cv_send_00_on_success",
            Kind.FLAG,
            Group.CHECKIN,
            "0",
            "0",
            "A checkin without an alert sends alert type CV00"),
    CT_ALWAYS_SEND(
            "ct_always_send",
            Kind.FLAG,
            Group.CHECKIN,
            "0",
            "0",
            "A checkin always sends the destination location CT, empty when the item stays here"),
    CV_TRIGGERS_ALERT(
            "cv_triggers_alert",
            Kind.FLAG,
            Group.CHECKIN,
            "0",
            "0",
            "The alert flag is set only when an alert type CV is sent (not for a refused checkin)"),
    HOLDS_BLOCK_CHECKIN(
            "holds_block_checkin",
            Kind.FLAG,
            Group.CHECKIN,
            "0",
            "0",
            "An item someone has a hold on is not checked in here (ok=0, CV99): staff handle it"),
    HOLDS_GET_CAPTURED(
            "holds_get_captured",
            Kind.FLAG,
            Group.CHECKIN,
            "1",
            "1",
            "A checkin traps the item for the next hold; off: the hold is left for staff to trap"),
    CHECKIN_LOCATION_FROM_AP(
            "checkin_location_from_ap",
            Kind.FLAG,
            Group.CHECKIN,
            "0",
            "1",
            "The checkin's current location (AP), when given, is where the item was returned"),
    SORT_BIN_MAPPING(
            "sort_bin_mapping",
            Kind.LINES,
            Group.CHECKIN,
            "",
            "",
            "Sort bins (CL), one rule a line, first match wins: branch:field:operator:value:bin, "
                    + "field itype, ccode, itemcallnumber or homebranch, operator eq ne lt gt le ge"),

    OVERDUES_BLOCK_CHECKOUT(
            "overdues_block_checkout",
            Kind.FLAG,
            Group.CHECKOUT,
            "1",
            "1",
            "Too many overdue items block checkouts; off: overdues never block a checkout here"),
    LOST_BLOCK_CHECKOUT(
            "lost_block_checkout",
            Kind.TEXT,
            Group.CHECKOUT,
            "",
            "",
            "This many lost items still on the patron's loans block checkouts here (e.g. 1); empty or 0: never"),
    PREVCHECKOUT_BLOCK_CHECKOUT(
            "prevcheckout_block_checkout",
            Kind.FLAG,
            Group.CHECKOUT,
            "0",
            "0",
            "A patron who has borrowed this item before (and returned it) may not check it out again here"),
    BLOCKED_ITEM_TYPES(
            "blocked_item_types",
            Kind.LIST,
            Group.CHECKOUT,
            "",
            "",
            "Item types this terminal may not check out, separated by | or spaces"),
    INHOUSE_ITEM_TYPES(
            "inhouse_item_types",
            Kind.LIST,
            Group.CHECKOUT,
            "",
            "",
            "Item types lent for use in the library: due at the end of the day"),
    INHOUSE_PATRON_CATEGORIES(
            "inhouse_patron_categories",
            Kind.LIST,
            Group.CHECKOUT,
            "",
            "",
            "Patron categories whose loans here are for use in the library: due at the end of the day"),
    FORMAT_DUE_DATE(
            "format_due_date",
            Kind.TEXT,
            Group.CHECKOUT,
            "",
            "",
            "The due date (AH) as text in this pattern (e.g. dd/MM/yyyy); empty: the 18-character SIP date"),

    HIDE_FIELDS(
            "hide_fields",
            Kind.LIST,
            Group.DISPLAY,
            "",
            "",
            "Fields never sent to this terminal, e.g. BD,BE,BF,PB (required ones are sent empty)"),
    ALLOW_FIELDS(
            "allow_fields",
            Kind.LIST,
            Group.DISPLAY,
            "",
            "",
            "When set, the only optional fields sent (identifiers and screen messages always are)"),
    AE_FIELD_TEMPLATE(
            "ae_field_template",
            Kind.TEMPLATE,
            Group.DISPLAY,
            "",
            "",
            "Patron name (AE) as a Mustache template, e.g. {{patron.surname}}, {{patron.firstname}}"),
    AV_FIELD_TEMPLATE(
            "av_field_template",
            Kind.TEMPLATE,
            Group.DISPLAY,
            "",
            "",
            "Each fine item (AV) as a template over {{fee.*}} and {{item.barcode}}; empty: the item's barcode"),
    DA_FIELD_TEMPLATE(
            "da_field_template",
            Kind.TEMPLATE,
            Group.DISPLAY,
            "",
            "",
            "Hold patron name (DA) on a checkin as a template over {{patron.*}}"),
    SCREEN_MSG_REGEX(
            "screen_msg_regex",
            Kind.LINES,
            Group.DISPLAY,
            "",
            "",
            "Screen message (AF) rewrites, one a line: regular expression => replacement, applied in order"),
    SEND_PATRON_HOME_LIBRARY_IN_AF(
            "send_patron_home_library_in_af",
            Kind.FLAG,
            Group.DISPLAY,
            "0",
            "0",
            "Patron information (64) adds the patron's home library as a screen message"),
    SHOW_CHECKIN_MESSAGE(
            "show_checkin_message",
            Kind.FLAG,
            Group.DISPLAY,
            "1",
            "0",
            "A successful checkin explains itself in AF (fine charged, hold, transfer); off: no AF on success"),
    SHOW_OUTSTANDING_AMOUNT(
            "show_outstanding_amount",
            Kind.FLAG,
            Group.DISPLAY,
            "0",
            "0",
            "Patron status and information (24, 64) add what the patron owes as a screen message"),
    CONVERT_NONPRINTING_CHARACTERS(
            "convert_nonprinting_characters",
            Kind.TEXT,
            Group.DISPLAY,
            "",
            "",
            "Control characters and line or paragraph separators in responses become this text; empty: a space"),
    CR_ITEM_FIELD(
            "cr_item_field",
            Kind.TEXT,
            Group.DISPLAY,
            "",
            "",
            "The item property sent as collection code (CR), e.g. location or itype; empty: the collection code"),
    CUSTOM_PATRON_FIELD(
            "custom_patron_field",
            Kind.LINES,
            Group.DISPLAY,
            "",
            "",
            "Extra fields in 24 and 64, one a line: two-character id = template over {{patron.*}}"),
    CUSTOM_ITEM_FIELD(
            "custom_item_field",
            Kind.LINES,
            Group.DISPLAY,
            "",
            "",
            "Extra fields in 18, 10 and 12, one a line: two-character id = template over {{item.*}}"),

    DISALLOW_OVERPAYMENT(
            "disallow_overpayment",
            Kind.FLAG,
            Group.FEES,
            "1",
            "0",
            "A payment above what is owed is refused; off: the rest is kept on the account as a credit"),
    PAYMENT_TYPE_WRITEOFF(
            "payment_type_writeoff",
            Kind.TEXT,
            Group.FEES,
            "",
            "",
            "The payment type (e.g. 06) that writes fees off rather than paying them"),
    REGISTER_ID(
            "register_id",
            Kind.TEXT,
            Group.FEES,
            "",
            "",
            "The cash register payments at this terminal are booked to (at most 64 characters); empty: none"),

    SEEN_ON_ITEM_INFORMATION(
            "seen_on_item_information",
            Kind.TEXT,
            Group.OTHER,
            "",
            "",
            "Item information (17) records the item as seen today: mark_found also ends a lost status, "
                    + "keep_lost leaves it; empty: a 17 changes nothing");

    /** The value type, which decides how the console edits it and how it is read. */
    public enum Kind {
        FLAG,
        TEXT,
        LIST,
        LINES,
        TEMPLATE
    }

    /** Where the console shows the option. */
    public enum Group {
        CHECKIN,
        CHECKOUT,
        DISPLAY,
        FEES,
        OTHER
    }

    private static final Map<String, TerminalOption> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(TerminalOption::key, Function.identity()));

    private final String key;
    private final Kind kind;
    private final Group group;
    private final String defaultValue;
    private final String kohaDefault;
    private final String description;

    TerminalOption(String key, Kind kind, Group group, String defaultValue, String kohaDefault, String description) {
        this.key = key;
        this.kind = kind;
        this.group = group;
        this.defaultValue = defaultValue;
        this.kohaDefault = kohaDefault;
        this.description = description;
    }

    /** The name as stored and as in SIPconfig.xml. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public Group group() {
        return group;
    }

    /** What an account without this option does. */
    public String defaultValue() {
        return defaultValue;
    }

    /** What a Koha account without this attribute did. */
    public String kohaDefault() {
        return kohaDefault;
    }

    public String description() {
        return description;
    }

    public static Optional<TerminalOption> named(String key) {
        return Optional.ofNullable(BY_NAME.get(key));
    }

    /** A value as stored: flags as 1 or 0 (Koha writes 1, true, yes…), other kinds trimmed. */
    public String normalize(String value) {
        if (value == null) {
            return defaultValue;
        }
        String text = kind == Kind.LINES ? value.strip() : value.trim();
        if (kind != Kind.FLAG) {
            return text;
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true", "yes", "y", "on" -> "1";
            case "0", "false", "no", "n", "off", "" -> "0";
            default -> throw new IllegalArgumentException(key + " is on (1) or off (0), not '" + value + "'");
        };
    }
}
