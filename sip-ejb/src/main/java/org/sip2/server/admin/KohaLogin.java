package org.sip2.server.admin;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sip2.server.admin.KohaConfigImport.Change;
import org.sip2.server.admin.KohaConfigImport.Planned;
import org.sip2.server.backend.OptionValues;
import org.sip2.server.backend.TerminalOption;
import org.sip2.server.domain.TerminalAccount;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * One {@code <login>} of a SIPconfig.xml as a terminal account: its attributes and child elements
 * become the account's settings and behaviour options, or a "not imported" line with the reason.
 * A new account takes Koha's default for every option the file does not set; an account that
 * exists keeps its enabled state and every setting the file does not mention.
 */
final class KohaLogin {

    private static final Set<String> ITEM_KEYS = OptionValues.ITEM_PROPERTIES;

    private final Element login;
    private final TerminalAccount existing;
    /** The file's server-wide error-detect, or null when it has none. */
    private final Boolean checksums;

    private final String id;
    private final List<Planned> notes = new ArrayList<>();
    private final List<String> imported = new ArrayList<>();

    KohaLogin(Element login, TerminalAccount existing, Boolean checksums) {
        this.login = login;
        this.existing = existing;
        this.checksums = checksums;
        this.id = login.getAttribute("id");
    }

    /** The account's change first, then a line for each setting not imported. */
    List<Planned> plan() {
        Map<String, String> options = new TreeMap<>(existing == null ? kohaDefaults() : existing.getOptions());
        boolean pinRequired = existing == null || existing.isPatronPinRequired();
        NamedNodeMap attributes = login.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getName();
            String value = attribute.getValue();
            switch (name) {
                case "id", "password", "institution", "delimiter", "terminator", "encoding", "error-detect" -> {}
                case "allow_empty_passwords" -> {
                    pinRequired = !isOn(value);
                    imported.add(name + "=" + value + " → patron PIN " + (pinRequired ? "required" : "not required"));
                }
                case "format_due_date" -> {
                    String pattern = isOn(value) ? "yyyy-MM-dd" : "";
                    options.put(name, pattern);
                    imported.add(name + "=" + value
                            + (pattern.isEmpty()
                                    ? " → the 18-character date"
                                    : " → pattern yyyy-MM-dd (Koha used its dateformat preference: adjust it in the"
                                            + " console)"));
                }
                case "lost_block_checkout_value" ->
                    imported.add(name + "=" + value
                            + " → every lost item counts (this server has one lost status, not Koha's lost values)");
                // Koha's default names the collection code, which is ours without the option.
                case "cr_item_field" -> option(name, "collection_code".equals(value.trim()) ? "" : value, options);
                default -> option(name, value, options);
            }
        }
        ChildLines lines = new ChildLines();
        for (Element child : KohaConfigImport.children(login)) {
            lines.read(child);
        }
        lines.apply(options);
        // A setting the file leaves out: Koha's default for a new account, the account's own for one that exists.
        boolean kept = existing != null;
        String delimiter = !login.getAttribute("delimiter").isEmpty()
                ? login.getAttribute("delimiter")
                : kept ? String.valueOf(existing.getDelimiter()) : "|";
        String terminator = login.hasAttribute("terminator")
                ? ("CR".equalsIgnoreCase(login.getAttribute("terminator").trim()) ? "CR" : "CRLF")
                : kept ? existing.getTerminator().name() : "CRLF";
        String charset = login.hasAttribute("encoding") || !kept
                ? charset(login.getAttribute("encoding"))
                : existing.getCharset();
        String errorDetection = errorDetection();
        TerminalAccountForm form = new TerminalAccountForm(
                kept ? existing.getId() : null,
                id,
                login.getAttribute("password"),
                login.getAttribute("institution"),
                delimiter,
                terminator,
                charset,
                errorDetection,
                kept ? existing.getLocation() : null,
                kept ? existing.getAllowedAddresses() : null,
                !kept || existing.isEnabled(),
                pinRequired,
                kept ? existing.getCertificateSubject() : null,
                options);
        List<Planned> plan = new ArrayList<>();
        plan.add(new Planned(
                new Change(
                        "terminal account",
                        id,
                        existing == null ? "create" : "update",
                        "institution " + form.institutionId() + ", delimiter " + delimiter + ", terminator "
                                + terminator
                                + (login.hasAttribute("terminator") || kept ? "" : " (Koha's default)") + ", " + charset
                                + ", error detection " + errorDetection + ", password set"
                                + (kept ? ", enabled state and unmentioned settings kept" : "")
                                + (imported.isEmpty() ? "" : "; " + String.join("; ", imported))),
                null,
                form));
        plan.addAll(notes);
        return plan;
    }

    /** Every option whose Koha default differs from ours: a new account behaves as it did under Koha. */
    private static Map<String, String> kohaDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (TerminalOption option : TerminalOption.values()) {
            if (!option.kohaDefault().equals(option.defaultValue())) {
                defaults.put(option.key(), option.kohaDefault());
            }
        }
        return defaults;
    }

    private void option(String name, String value, Map<String, String> options) {
        Optional<TerminalOption> option = TerminalOption.named(name);
        if (option.isEmpty()) {
            notImported("attribute", name + "=\"" + value + "\"", "unknown to this server");
            return;
        }
        try {
            String converted =
                    option.get().kind() == TerminalOption.Kind.TEMPLATE ? KohaTemplates.toMustache(value) : value;
            options.put(name, OptionValues.validate(option.get(), converted));
            imported.add(name + "=" + (converted.equals(value) ? value : converted));
        } catch (IllegalArgumentException e) {
            notImported("attribute", name + "=\"" + value + "\"", e.getMessage());
        }
    }

    /** Koha writes error-detect="enabled" on a login, or sets it once for all. */
    private String errorDetection() {
        String own = login.getAttribute("error-detect").trim();
        if (own.isEmpty() && checksums == null && existing != null) {
            return existing.getErrorDetection().name();
        }
        boolean on = own.isEmpty() ? Boolean.TRUE.equals(checksums) : own.equalsIgnoreCase("enabled") || isOn(own);
        return on ? "AUTO" : "OFF";
    }

    /** Without an encoding Koha writes its text unconverted: UTF-8, as its database holds it. */
    private static String charset(String encoding) {
        String name = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "", "utf8", "utf-8" -> "UTF-8";
            case "ascii" -> "US-ASCII";
            case "cp850" -> "IBM850";
            default ->
                Charset.isSupported(encoding.trim())
                        ? Charset.forName(encoding.trim()).name()
                        : "UTF-8";
        };
    }

    static boolean isOn(String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return text.equals("1") || text.equals("true") || text.equals("yes") || text.equals("enabled");
    }

    private void notImported(String kind, String what, String reason) {
        notes.add(Planned.note(Change.notImported(kind, id + ": " + what, reason)));
    }

    /** The child elements that become lines of an option; the file's lines replace the account's. */
    private final class ChildLines {

        private final Map<TerminalOption, List<String>> lines = new LinkedHashMap<>();

        void read(Element child) {
            String name = child.getLocalName();
            switch (name) {
                case "screen_msg_regex" ->
                    add(
                            TerminalOption.SCREEN_MSG_REGEX,
                            child.getAttribute("find") + " => " + child.getAttribute("replace"),
                            child);
                case "sort_bin_mapping" -> add(TerminalOption.SORT_BIN_MAPPING, child.getAttribute("mapping"), child);
                case "custom_patron_field" -> template(TerminalOption.CUSTOM_PATRON_FIELD, child);
                case "custom_item_field" -> template(TerminalOption.CUSTOM_ITEM_FIELD, child);
                case "item_field" -> {
                    String code = child.getAttribute("code").trim();
                    if (ITEM_KEYS.contains(code)) {
                        add(
                                TerminalOption.CUSTOM_ITEM_FIELD,
                                child.getAttribute("field") + "={{item." + code + "}}",
                                child);
                    } else {
                        notImported(
                                "item_field",
                                KohaConfigImport.attributes(child),
                                "this server has no item property '" + code + "' (it has "
                                        + String.join(", ", new java.util.TreeSet<>(ITEM_KEYS)) + ")");
                    }
                }
                case "patron_attribute" -> patronAttribute(child);
                case "syspref_overrides" ->
                    notImported(
                            "syspref_overrides",
                            KohaConfigImport.children(child).stream()
                                    .map(Element::getLocalName)
                                    .reduce((a, b) -> a + ", " + b)
                                    .orElse(""),
                            "Koha's system preferences do not exist here");
                default ->
                    notImported("element", name + " " + KohaConfigImport.attributes(child), "unknown to this server");
            }
        }

        /** No extended attributes here: a code naming a patron property sends that property instead. */
        private void patronAttribute(Element child) {
            String code = child.getAttribute("code").trim().toLowerCase(Locale.ROOT);
            if (OptionValues.PATRON_PROPERTIES.contains(code)) {
                add(
                        TerminalOption.CUSTOM_PATRON_FIELD,
                        child.getAttribute("field") + "={{patron." + code + "}}",
                        child);
            } else {
                notImported(
                        "patron_attribute",
                        KohaConfigImport.attributes(child),
                        "this server keeps no extended patron attributes; '" + code + "' is none of its patron"
                                + " properties ("
                                + String.join(", ", new java.util.TreeSet<>(OptionValues.PATRON_PROPERTIES)) + ")");
            }
        }

        private void template(TerminalOption option, Element child) {
            try {
                add(
                        option,
                        child.getAttribute("field") + "=" + KohaTemplates.toMustache(child.getAttribute("template")),
                        child);
            } catch (IllegalArgumentException e) {
                notImported(child.getLocalName(), KohaConfigImport.attributes(child), e.getMessage());
            }
        }

        private void add(TerminalOption option, String line, Element child) {
            try {
                OptionValues.validate(option, line);
                lines.computeIfAbsent(option, o -> new ArrayList<>()).add(line);
            } catch (IllegalArgumentException e) {
                notImported(child.getLocalName(), KohaConfigImport.attributes(child), e.getMessage());
            }
        }

        void apply(Map<String, String> options) {
            lines.forEach((option, values) -> {
                options.put(option.key(), String.join("\n", values));
                imported.add(option.key() + ": " + values.size() + (values.size() == 1 ? " line" : " lines"));
            });
        }
    }
}
