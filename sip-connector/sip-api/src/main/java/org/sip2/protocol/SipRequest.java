package org.sip2.protocol;

/** A message from the SC (self-check) to the ACS (our server). */
public non-sealed interface SipRequest extends SipMessage {
}
