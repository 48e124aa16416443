package org.sip2.protocol;

/** Masks the terminal password (AC), login password (CO) and patron PIN (AD) in message text for logs (§9.10). */
public final class Secrets {

    public static final String MASK = "***";

    private Secrets() {
    }

    public static String mask(String text, char delimiter) {
        MessageDefinition definition = text.length() >= 2 ? MessageTable.definition(text.substring(0, 2)) : null;
        int position = definition == null ? 0 : Math.min(definition.variablePartStart(), text.length());
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, position);
        while (position < text.length()) {
            int end = text.indexOf(delimiter, position);
            boolean last = end < 0;
            if (last) {
                end = text.length();
            }
            FieldId id = end - position >= 2 ? FieldId.of(text.substring(position, position + 2)) : null;
            if (id != null && id.secret() && end - position > 2) {
                out.append(id.name()).append(MASK);
            } else {
                out.append(text, position, end);
            }
            if (!last) {
                out.append(delimiter);
            }
            position = end + 1;
        }
        return out.toString();
    }
}
