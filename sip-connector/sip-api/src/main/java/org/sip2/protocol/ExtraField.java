package org.sip2.protocol;

import java.util.regex.Pattern;

/**
 * A field whose two-character id is not one of {@link FieldId}: a vendor or ILS extension (Koha's
 * and Evergreen's PB, PC, PI, a library's own custom fields). Messages carry them in their
 * {@link Extra} component: kept when read, written after the message's own fields.
 *
 * @param id    two letters or digits
 * @param value the text, may be empty
 */
public record ExtraField(String id, String value) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9]{2}");

    public ExtraField {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A field id is two letters or digits, not '" + id + "'");
        }
        value = value == null ? "" : value;
    }

    /** Whether this text is a valid field id. */
    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
