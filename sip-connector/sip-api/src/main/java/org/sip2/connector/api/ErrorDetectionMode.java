package org.sip2.connector.api;

/** A terminal's error-detection setting (docs/protocol.md §3.5). */
public enum ErrorDetectionMode {
    /** Answer with AY/AZ exactly when the request had them. */
    AUTO,
    /** A request without a valid trailer is answered with 96. */
    REQUIRED,
    /** Never send a trailer; a trailer on a request is still checked and removed. */
    OFF
}
