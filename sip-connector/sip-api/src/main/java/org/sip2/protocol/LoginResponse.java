package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 94 Login Response (docs/protocol.md §6.1). */
@Message(value = "94", name = "Login Response")
public record LoginResponse(@Fixed(value = 1, digit = true) boolean ok) implements SipResponse {}
