package org.sip2.connector.api;

/**
 * The message listener interface of the SIP2 connector: the connector calls it once per request,
 * in order per connection, and writes the reply it returns. An implementation runs in a container
 * transaction that commits before the reply is written.
 */
public interface SipListener {

    SipReply onRequest(SipExchange exchange);
}
