package org.sip2.connector.api;

/** Whether a listener speaks TLS, and whether its clients must present a certificate. */
public enum ListenerTls {
    OFF,
    /** TLS 1.2 or 1.3 with the server's certificate. */
    ON,
    /** TLS, and the client must present a certificate the trust store vouches for. */
    CLIENT_CERTIFICATE
}
