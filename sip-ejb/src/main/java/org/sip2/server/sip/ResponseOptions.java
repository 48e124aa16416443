package org.sip2.server.sip;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sip2.protocol.ExtraField;
import org.sip2.protocol.FieldId;
import org.sip2.protocol.FieldSpec;
import org.sip2.protocol.MessageDefinition;
import org.sip2.protocol.MessageTable;
import org.sip2.protocol.SipResponse;
import org.sip2.server.backend.TerminalOption;
import org.sip2.server.backend.TerminalOptions;

/**
 * What a terminal account's privacy and display options do to every response, through the
 * message table: {@code hide_fields} leaves fields out (required ones are sent empty),
 * {@code allow_fields} sends only the listed optional fields, and {@code screen_msg_regex}
 * rewrites the screen messages (AF), {@code convert_nonprinting_characters} replaces control
 * characters in every text field (the codec would otherwise write them as spaces).
 */
final class ResponseOptions {

    /** Identifiers and the screen message are never dropped by allow_fields: without them a response means nothing. */
    private static final Set<String> ALWAYS = Set.of("AO", "AA", "AB", "AF");

    /** Koha's "control and non-space separator characters". */
    private static final Pattern NONPRINTING = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");

    private ResponseOptions() {}

    static SipResponse apply(SipResponse response, TerminalOptions options) {
        Set<String> hidden = options.codes(TerminalOption.HIDE_FIELDS);
        Set<String> allowed = options.codes(TerminalOption.ALLOW_FIELDS);
        List<String> rewrites = options.lines(TerminalOption.SCREEN_MSG_REGEX);
        String nonprinting = options.text(TerminalOption.CONVERT_NONPRINTING_CHARACTERS);
        if (hidden.isEmpty() && allowed.isEmpty() && rewrites.isEmpty() && nonprinting.isEmpty()) {
            return response;
        }
        MessageDefinition definition = MessageTable.definitionOf(response.getClass());
        SipResponse result = response;
        for (FieldSpec spec : definition.fields()) {
            if (spec.isExtension()) {
                result = (SipResponse) definition.with(result, spec, extras(spec, result, hidden, allowed));
            } else if (spec.id() != null && dropped(spec.id().name(), hidden, allowed)) {
                result = (SipResponse) definition.with(result, spec, null);
            } else if (spec.id() == FieldId.AF && !rewrites.isEmpty()) {
                result = (SipResponse) definition.with(result, spec, rewrite(spec, result, rewrites));
            }
            if (!nonprinting.isEmpty()) {
                Object value = spec.read(result);
                Object converted = convert(value, nonprinting);
                if (converted != value) {
                    result = (SipResponse) definition.with(result, spec, converted);
                }
            }
        }
        return result;
    }

    /** The value with its nonprinting characters replaced; the same object when it has none. */
    private static Object convert(Object value, String replacement) {
        if (value instanceof String text) {
            String converted = NONPRINTING.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
            return converted.equals(text) ? value : converted;
        }
        if (value instanceof ExtraField field) {
            Object converted = convert(field.value(), replacement);
            return converted == field.value() ? value : new ExtraField(field.id(), (String) converted);
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object element : list) {
                Object one = convert(element, replacement);
                changed |= one != element;
                converted.add(one);
            }
            return changed ? Collections.unmodifiableList(converted) : value;
        }
        return value;
    }

    private static boolean dropped(String id, Set<String> hidden, Set<String> allowed) {
        String code = id.toUpperCase(Locale.ROOT);
        return hidden.contains(code) || (!allowed.isEmpty() && !allowed.contains(code) && !ALWAYS.contains(code));
    }

    @SuppressWarnings("unchecked")
    private static List<ExtraField> extras(
            FieldSpec spec, SipResponse response, Set<String> hidden, Set<String> allowed) {
        List<ExtraField> fields = (List<ExtraField>) spec.read(response);
        return fields == null
                ? null
                : fields.stream()
                        .filter(field -> !dropped(field.id(), hidden, allowed))
                        .toList();
    }

    /** Each rule is {@code find => replace} (a Java regular expression and its replacement), applied in order. */
    @SuppressWarnings("unchecked")
    private static List<String> rewrite(FieldSpec spec, SipResponse response, List<String> rules) {
        List<String> messages = (List<String>) spec.read(response);
        if (messages == null || messages.isEmpty()) {
            return messages;
        }
        List<String> rewritten = new ArrayList<>();
        for (String message : messages) {
            String text = message;
            for (String rule : rules) {
                int arrow = rule.indexOf("=>");
                if (arrow > 0) {
                    text = replace(
                            text,
                            rule.substring(0, arrow).strip(),
                            rule.substring(arrow + 2).strip());
                }
            }
            rewritten.add(text);
        }
        return rewritten;
    }

    private static String replace(String text, String find, String replacement) {
        try {
            return Pattern.compile(find).matcher(text).replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return text; // refused when saved; an old bad rule must not break a response
        }
    }
}
