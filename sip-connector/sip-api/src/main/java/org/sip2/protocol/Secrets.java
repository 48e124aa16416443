package org.sip2.protocol;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.EnumSet;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;

/**
 * Masks the terminal password (AC), login password (CO) and patron PIN (AD) in message text and
 * in records, for logs (docs/protocol.md §9.10). Text is masked without trusting its form: before login the server
 * does not know the terminal's delimiter, and noise may come before the message. A secret field
 * starts right after the fixed part, after the delimiter, or after any other character that is
 * neither letter nor digit (a delimiter the server does not know); its value runs to the next
 * occurrence of the character before it (the known delimiter after the fixed part), or to the end.
 * Masking too much is harmless; showing a password is not.
 */
public final class Secrets {

    public static final String MASK = "***";

    private static final Set<FieldId> SECRETS = EnumSet.of(FieldId.AC, FieldId.AD, FieldId.CO);
    /** In the SIP log the login id goes too: a refused login's CN is often a password typed in the wrong field. */
    private static final Set<FieldId> LOGGED = EnumSet.of(FieldId.AC, FieldId.AD, FieldId.CO, FieldId.CN);

    private Secrets() {}

    /** The text with the values of AC, AD and CO masked. */
    public static String mask(String text, char delimiter) {
        return mask(text, delimiter, SECRETS);
    }

    /** The text as the SIP log shows it: AC, AD and CO masked, and the login id (CN) of a login too. */
    public static String forLog(String text, char delimiter) {
        return mask(text, delimiter, LOGGED);
    }

    /** A message record as its {@code toString()}: each component by name, secrets masked. */
    public static String describe(SipMessage message) {
        MessageDefinition definition = MessageTable.definitionOf(message.getClass());
        return describe(
                (Record) message,
                name -> definition.fields().stream()
                        .anyMatch(spec -> spec.name().equals(name)
                                && spec.id() != null
                                && spec.id().secret()));
    }

    /** Any record as its {@code toString()}: each component by name, the secret ones masked when they hold a value. */
    public static String describe(Record record, Predicate<String> secretComponent) {
        StringJoiner out = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            boolean hidden = secretComponent.test(component.getName())
                    && value != null
                    && !value.toString().isEmpty();
            out.add(component.getName() + "=" + (hidden ? MASK : value));
        }
        return out.toString();
    }

    private static String mask(String text, char delimiter, Set<FieldId> masked) {
        int fixedPartEnd = variablePartStart(text);
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        while (position < text.length()) {
            FieldId id = position + 2 <= text.length() ? FieldId.of(text.substring(position, position + 2)) : null;
            if (id != null && masked.contains(id) && startsField(text, position, fixedPartEnd)) {
                char before = position == 0 || position == fixedPartEnd ? delimiter : text.charAt(position - 1);
                int end = text.indexOf(before, position + 2);
                end = end < 0 ? text.length() : end;
                out.append(id.name()).append(end > position + 2 ? MASK : "");
                position = end;
            } else {
                out.append(text.charAt(position++));
            }
        }
        return out.toString();
    }

    private static boolean startsField(String text, int position, int fixedPartEnd) {
        return position == 0 || position == fixedPartEnd || !Character.isLetterOrDigit(text.charAt(position - 1));
    }

    /** Where the identified fields start, for a message found as the parser finds it (after leading noise); else -1. */
    private static int variablePartStart(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) < '0' || text.charAt(start) > '9')) {
            start++;
        }
        MessageDefinition definition =
                start + 2 <= text.length() ? MessageTable.definition(text.substring(start, start + 2)) : null;
        return definition == null ? -1 : start + definition.variablePartStart();
    }
}
