package org.sip2.protocol;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every SIP2 2.00 message, by id and by record type: the records {@link SipRequest} and {@link SipResponse}
 * permit, read once from their annotations.
 */
public final class MessageTable {

    /** The requests, then the responses: the records the two sealed interfaces permit. */
    private static final List<Class<? extends SipMessage>> MESSAGES = Stream.of(SipRequest.class, SipResponse.class)
            .flatMap(kind -> Arrays.stream(kind.getPermittedSubclasses()))
            .<Class<? extends SipMessage>>map(type -> type.asSubclass(SipMessage.class))
            .toList();

    private static final Map<String, MessageDefinition> BY_ID = new LinkedHashMap<>();
    private static final Map<Class<?>, MessageDefinition> BY_TYPE = new HashMap<>();

    static {
        for (Class<? extends SipMessage> type : MESSAGES) {
            MessageDefinition definition = MessageDefinition.of(type);
            if (BY_ID.put(definition.id(), definition) != null) {
                throw new IllegalStateException("Two messages with id " + definition.id());
            }
            BY_TYPE.put(type, definition);
        }
    }

    private MessageTable() {}

    /** The definition for a two-digit id, or {@code null} for an id SIP2 2.00 does not define. */
    public static MessageDefinition definition(String id) {
        return BY_ID.get(id);
    }

    public static MessageDefinition definitionOf(Class<?> type) {
        MessageDefinition definition = BY_TYPE.get(type);
        if (definition == null) {
            throw new IllegalArgumentException(type + " is not a SIP2 message");
        }
        return definition;
    }

    public static Collection<MessageDefinition> all() {
        return BY_ID.values();
    }
}
