package org.sip2.server.monitoring;

/** Where every answered request is counted: by message type and outcome, with its duration. */
public interface RequestMeter {

    /** One answered request; {@code requestType} as received (any two characters). */
    void record(String requestType, Outcome outcome, long nanos);
}
