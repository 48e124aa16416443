package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 99 SC Status (docs/protocol.md §6.2). */
@Message(value = "99", name = "SC Status")
public record ScStatusRequest(
        @Fixed(1) ScStatusCode statusCode,
        @Fixed(3) Integer maxPrintWidth,
        @Fixed(4) String protocolVersion) implements SipRequest {}
