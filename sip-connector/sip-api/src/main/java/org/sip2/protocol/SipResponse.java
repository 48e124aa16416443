package org.sip2.protocol;

/** A message from the ACS (our server) to the SC. */
public non-sealed interface SipResponse extends SipMessage {
}
