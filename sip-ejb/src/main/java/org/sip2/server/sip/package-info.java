/**
 * The SIP2 face of the server: the message-driven bean the connector delivers to, the dispatcher
 * that routes each request by type, and one responder per group of messages that turns the
 * circulation services' answers into SIP2 response records; the rule that a terminal must send the
 * patron's PIN, and the back-off of refused terminal logins; the observer that counts every
 * exchange into the request metrics; the stop that drains the listeners before the data source goes. A terminal
 * account's behaviour options (read with the account
 * at login) shape its responses: sort bins, templates, hidden fields, screen message rewrites and
 * vendor extension fields.
 *
 * <p>Depends on {@code org.sip2.protocol}, {@code org.sip2.connector.api},
 * {@code org.sip2.server.circulation}, {@code org.sip2.server.domain},
 * {@code org.sip2.server.backend}, {@code org.sip2.server.audit}, {@code org.sip2.server.cluster} (to tell the other
 * instances of a login),
 * {@code org.sip2.server.bootstrap}
 * (to wait for the database) and {@code org.sip2.server.monitoring}; never on JPA itself.
 */
package org.sip2.server.sip;
