package org.sip2.protocol;

/**
 * Parses message text into the typed records and formats records into text, with the delimiter
 * of one terminal. The text excludes the error-detection trailer and the terminator (see
 * {@link ErrorDetection}). Thread-safe and cheap to create.
 */
public final class SipCodec {

    public static final char DEFAULT_DELIMITER = '|';

    private final char delimiter;

    public SipCodec(char delimiter) {
        this.delimiter = delimiter;
    }

    public SipCodec() {
        this(DEFAULT_DELIMITER);
    }

    public char delimiter() {
        return delimiter;
    }

    /**
     * Reads one message. Unknown field ids are ignored, repeated single fields keep the first
     * value, absent fields are {@code null}, and values that do not parse are {@code null}.
     *
     * @throws SipFormatException for an unknown message id or a message shorter than its fixed part
     */
    public SipMessage parse(String text) {
        String message = stripLeadingNoise(text);
        String id = message.length() >= 2 ? message.substring(0, 2) : message;
        MessageDefinition definition = MessageTable.definition(id);
        if (definition == null) {
            throw new SipFormatException(SipFormatException.Problem.UNKNOWN_MESSAGE, "Unknown message id '" + id + "'");
        }
        return definition.parse(message, delimiter);
    }

    /** Writes one message: fixed fields padded to width, values sanitised, required fields always present. */
    public String format(SipMessage message) {
        return MessageTable.definitionOf(message.getClass()).format(message, delimiter);
    }

    /**
     * Telnet negotiation and stray bytes before the two-digit id are not part of the message
     * (docs/protocol.md §2.4).
     */
    private static String stripLeadingNoise(String text) {
        int start = 0;
        while (start < text.length() && !isAsciiDigit(text.charAt(start))) {
            start++;
        }
        return start == 0 ? text : text.substring(start);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
