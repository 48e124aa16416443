package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 96 Request SC Resend (docs/protocol.md §6.3): we ask the SC to send its last request again. */
@Message(value = "96", name = "Request SC Resend")
public record RequestScResend() implements SipResponse {}
