package org.sip2.protocol;

import static org.sip2.protocol.FieldId.*;

/** 97 Request ACS Resend (docs/protocol.md §6.3): the SC asks for our last response again. */
@Message(value = "97", name = "Request ACS Resend")
public record RequestAcsResend() implements SipRequest {}
