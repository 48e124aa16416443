package org.sip2.connector.net;

/**
 * One request as received: the bytes before the terminator.
 *
 * @param bytes the message bytes, error-detection trailer included
 * @param crlf  whether the sender ended it with CR LF (mirrored before login, for telnet users)
 */
record Frame(byte[] bytes, boolean crlf) {}
