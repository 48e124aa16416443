package org.sip2.protocol;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every SIP2 2.00 message, by id and by record type. Built once from the annotated records. */
public final class MessageTable {

    private static final List<Class<? extends SipMessage>> MESSAGES = List.of(
            LoginRequest.class, LoginResponse.class,
            ScStatusRequest.class, AcsStatusResponse.class,
            RequestAcsResend.class, RequestScResend.class,
            PatronStatusRequest.class, PatronStatusResponse.class,
            PatronInformationRequest.class, PatronInformationResponse.class,
            CheckoutRequest.class, CheckoutResponse.class,
            CheckinRequest.class, CheckinResponse.class,
            BlockPatronRequest.class,
            EndPatronSessionRequest.class, EndSessionResponse.class,
            FeePaidRequest.class, FeePaidResponse.class,
            ItemInformationRequest.class, ItemInformationResponse.class,
            ItemStatusUpdateRequest.class, ItemStatusUpdateResponse.class,
            PatronEnableRequest.class, PatronEnableResponse.class,
            HoldRequest.class, HoldResponse.class,
            RenewRequest.class, RenewResponse.class,
            RenewAllRequest.class, RenewAllResponse.class);

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

    private MessageTable() {
    }

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
