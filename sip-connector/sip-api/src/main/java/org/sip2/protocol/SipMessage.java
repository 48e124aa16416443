package org.sip2.protocol;

/** A SIP2 message: one of the {@link Message}-annotated records listed in {@link MessageTable}. */
public sealed interface SipMessage permits SipRequest, SipResponse {

    /** The two-digit message id. */
    default String id() {
        return MessageTable.definitionOf(getClass()).id();
    }
}
