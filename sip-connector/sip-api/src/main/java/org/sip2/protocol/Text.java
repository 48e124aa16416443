package org.sip2.protocol;

/** Field values as responses send them. */
final class Text {

    private Text() {}

    /** A required variable field that has no value is sent empty. */
    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
