package org.sip2.protocol;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of one message, read from its record: fixed fields in component order, then the
 * identified fields. Parses a message's text into the record and formats the record into text.
 */
public final class MessageDefinition {

    /** Longest value SIP2 allows in a field (docs/protocol.md §2.1). */
    public static final int MAX_VALUE_LENGTH = 255;

    private final String id;
    private final String name;
    private final Class<? extends SipMessage> type;
    private final List<FieldSpec> fields;
    private final Map<FieldId, Integer> varIndex = new EnumMap<>(FieldId.class);
    private final int fixedLength;
    /** Index of the {@link Extra} component, or -1 when unknown fields are dropped. */
    private final int extraIndex;

    private final MethodHandle constructor;

    private MessageDefinition(Class<? extends SipMessage> type) {
        Message message = type.getAnnotation(Message.class);
        if (message == null || !type.isRecord()) {
            throw new IllegalStateException(type + " must be a record annotated with @Message");
        }
        this.id = message.value();
        this.name = message.name();
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        List<FieldSpec> specs = new ArrayList<>();
        int fixed = 0;
        int extra = -1;
        for (RecordComponent component : components) {
            FieldSpec spec = FieldSpec.of(component);
            if (spec.isFixed()) {
                fixed += spec.width();
            } else if (spec.isExtension()) {
                extra = specs.size();
            } else {
                varIndex.put(spec.id(), specs.size());
            }
            specs.add(spec);
        }
        this.fields = List.copyOf(specs);
        this.fixedLength = fixed;
        this.extraIndex = extra;
        try {
            Class<?>[] parameterTypes =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            this.constructor = MethodHandles.publicLookup()
                    .unreflectConstructor(type.getDeclaredConstructor(parameterTypes))
                    .asSpreader(Object[].class, components.length);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static MessageDefinition of(Class<? extends SipMessage> type) {
        return new MessageDefinition(type);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Class<? extends SipMessage> type() {
        return type;
    }

    public boolean isRequest() {
        return SipRequest.class.isAssignableFrom(type);
    }

    public List<FieldSpec> fields() {
        return fields;
    }

    /** Length of id plus fixed fields: where the identified fields start. */
    public int variablePartStart() {
        return 2 + fixedLength;
    }

    /** The identified field with this id, or {@code null} if the message has none. */
    public FieldSpec field(FieldId fieldId) {
        Integer index = varIndex.get(fieldId);
        return index == null ? null : fields.get(index);
    }

    /** The value of an identified field of a message of this type, or {@code null} if it has no such field. */
    public Object value(SipMessage message, FieldId fieldId) {
        FieldSpec spec = field(fieldId);
        return spec == null ? null : spec.read(message);
    }

    /**
     * The required identified fields that a parsed message lacks (docs/protocol.md §9.3: the caller
     * decides which matter).
     */
    public List<FieldId> missingRequiredFields(SipMessage message) {
        List<FieldId> missing = new ArrayList<>();
        for (FieldSpec spec : fields) {
            if (spec.id() != null && spec.required() && spec.read(message) == null) {
                missing.add(spec.id());
            }
        }
        return missing;
    }

    SipMessage parse(String text, char delimiter) {
        if (text.length() < variablePartStart()) {
            throw new SipFormatException(
                    SipFormatException.Problem.TOO_SHORT,
                    name + " (" + id + ") needs at least " + variablePartStart() + " characters, got " + text.length());
        }
        Object[] values = new Object[fields.size()];
        boolean[] seen = new boolean[fields.size()];
        int position = 2;
        for (int i = 0; i < fields.size(); i++) {
            FieldSpec spec = fields.get(i);
            if (spec.isFixed()) {
                Object value = spec.parse(text.substring(position, position + spec.width()));
                values[i] = value == null ? spec.absent() : value;
                position += spec.width();
            } else {
                values[i] = spec.absent();
            }
        }
        while (position < text.length()) {
            int end = text.indexOf(delimiter, position);
            if (end < 0) {
                end = text.length();
            }
            if (end - position >= 2) {
                String fieldId = text.substring(position, position + 2);
                Integer index = varIndex.get(FieldId.of(fieldId));
                if (index != null) {
                    store(index, text.substring(position + 2, end), values, seen);
                } else if (extraIndex >= 0 && ExtraField.validId(fieldId)) {
                    keepExtra(new ExtraField(fieldId, text.substring(position + 2, end)), values, seen);
                }
            }
            position = end + 1;
        }
        try {
            return (SipMessage) constructor.invoke(values);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private void keepExtra(ExtraField field, Object[] values, boolean[] seen) {
        if (!seen[extraIndex]) {
            values[extraIndex] = new ArrayList<ExtraField>();
            seen[extraIndex] = true;
        }
        ((List<ExtraField>) values[extraIndex]).add(field);
    }

    /** Repeatable fields collect every occurrence; others keep the first (docs/protocol.md §2.4). */
    @SuppressWarnings("unchecked")
    private void store(int index, String raw, Object[] values, boolean[] seen) {
        FieldSpec spec = fields.get(index);
        if (spec.repeatable()) {
            if (!seen[index]) {
                values[index] = new ArrayList<String>();
            }
            ((List<String>) values[index]).add(raw);
        } else if (!seen[index]) {
            Object value = spec.parse(raw);
            values[index] = value == null ? spec.absent() : value;
        }
        seen[index] = true;
    }

    String format(SipMessage message, char delimiter) {
        StringBuilder out = new StringBuilder(64 + 16 * fields.size()).append(id);
        for (FieldSpec spec : fields) {
            Object value = spec.read(message);
            if (spec.isFixed()) {
                appendFixed(out, spec, value, delimiter);
            } else if (spec.isExtension()) {
                appendExtra(out, (List<?>) value, delimiter);
            } else if (spec.repeatable()) {
                appendRepeated(out, spec, (List<?>) value, delimiter);
            } else if (value != null || spec.required()) {
                out.append(spec.id().name())
                        .append(clip(sanitize(spec.formatValue(value), delimiter)))
                        .append(delimiter);
            }
        }
        return out.toString();
    }

    private static void appendFixed(StringBuilder out, FieldSpec spec, Object value, char delimiter) {
        String text = sanitize(spec.formatValue(value), delimiter);
        int width = spec.width();
        if (text.length() >= width) {
            out.append(text, 0, width);
        } else {
            out.append(text).append(" ".repeat(width - text.length()));
        }
    }

    /** Long texts are split into several fields rather than cut (docs/protocol.md §2.3). */
    private static void appendRepeated(StringBuilder out, FieldSpec spec, List<?> values, char delimiter) {
        if (values == null) {
            return;
        }
        for (Object value : values) {
            String text = sanitize(String.valueOf(value), delimiter);
            int start = 0;
            do {
                int end = Math.min(text.length(), start + MAX_VALUE_LENGTH);
                out.append(spec.id().name()).append(text, start, end).append(delimiter);
                start = end;
            } while (start < text.length());
        }
    }

    private static void appendExtra(StringBuilder out, List<?> fields, char delimiter) {
        if (fields == null) {
            return;
        }
        for (Object item : fields) {
            ExtraField field = (ExtraField) item;
            out.append(field.id())
                    .append(clip(sanitize(field.value(), delimiter)))
                    .append(delimiter);
        }
    }

    /**
     * A copy of the message with one component replaced, e.g. a screen message rewritten or a
     * field left out ({@code null}; a required field is then written empty).
     */
    public SipMessage with(SipMessage message, FieldSpec field, Object value) {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            FieldSpec spec = fields.get(i);
            values[i] = spec == field ? (value == null ? spec.absent() : value) : spec.read(message);
        }
        try {
            return (SipMessage) constructor.invoke(values);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    /** The {@link Extra} component, or {@code null} when this message keeps no unknown fields. */
    public FieldSpec extension() {
        return extraIndex < 0 ? null : fields.get(extraIndex);
    }

    private static String clip(String text) {
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) : text;
    }

    /** No delimiter, CR, LF, NUL or other control character may appear inside a value (docs/protocol.md §2.3). */
    static String sanitize(String text, char delimiter) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == delimiter || c < 0x20 || c == 0x7F) {
                if (clean == null) {
                    clean = new StringBuilder(text);
                }
                clean.setCharAt(i, ' ');
            }
        }
        return clean == null ? text : clean.toString();
    }
}
