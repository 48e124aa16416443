package org.sip2.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sip2.protocol.Coded;
import org.sip2.protocol.ExtraField;
import org.sip2.protocol.FieldSpec;
import org.sip2.protocol.MessageDefinition;
import org.sip2.protocol.MessageTable;
import org.sip2.protocol.PatronStatus;
import org.sip2.protocol.Secrets;
import org.sip2.protocol.SipMessage;
import org.sip2.protocol.Summary;
import org.sip2.protocol.SupportedMessages;

/** Writes a message field by field: name, id, value as sent, and what it means. Secrets are masked. */
final class Explainer {

    private Explainer() {}

    static List<String> explain(SipMessage message) {
        MessageDefinition definition = MessageTable.definitionOf(message.getClass());
        List<String> lines = new ArrayList<>();
        lines.add("  " + definition.name() + " (" + definition.id() + ")");
        for (FieldSpec field : definition.fields()) {
            Object value = field.read(message);
            if (value == null || (value instanceof List<?> list && list.isEmpty())) {
                continue;
            }
            if (field.isExtension()) {
                list(value).forEach(extra -> lines.add(line(extra.id() + " extension field", extra.value(), null)));
                continue;
            }
            String label = field.isFixed()
                    ? words(field.name())
                    : field.id() + " " + field.id().description();
            if (value instanceof List<?> list) {
                list.forEach(entry -> lines.add(line(label, String.valueOf(entry), null)));
            } else {
                String wire = field.isFixed() || field.id().secret() ? null : field.formatValue(value);
                String shown = field.id() != null
                                && field.id().secret()
                                && !String.valueOf(value).isEmpty()
                        ? Secrets.MASK
                        : wire != null ? wire : field.formatValue(value);
                lines.add(line(label, shown, meaning(value)));
            }
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static List<ExtraField> list(Object value) {
        return (List<ExtraField>) value;
    }

    private static String line(String label, String value, String meaning) {
        return String.format("    %-30s %s%s", label, "'" + value + "'", meaning == null ? "" : "  " + meaning);
    }

    private static String meaning(Object value) {
        return switch (value) {
            case Boolean flag -> flag ? "yes" : "no";
            case Coded code -> code.description();
            case PatronStatus status -> status.flags().isEmpty() ? "no blocks" : names(status.flags());
            case Summary summary -> summary.requested().isEmpty() ? "counts only" : names(summary.requested());
            case SupportedMessages supported -> "supported: " + names(supported.pairs());
            default -> null;
        };
    }

    private static String names(Set<? extends Enum<?>> values) {
        return String.join(
                ", ", values.stream().map(value -> words(value.name())).toList());
    }

    /** {@code patronIdentifier} or {@code CHARGED_ITEMS} → "patron identifier", "charged items". */
    static String words(String name) {
        return name.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
