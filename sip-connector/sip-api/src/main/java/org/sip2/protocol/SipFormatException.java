package org.sip2.protocol;

/**
 * A message that cannot be read at all: an unknown id or a frame too short for its fixed part
 * (docs/protocol.md §9.2).
 */
public class SipFormatException extends RuntimeException {

    /** What is wrong with the message. */
    public enum Problem {
        UNKNOWN_MESSAGE,
        TOO_SHORT
    }

    private final Problem problem;

    public SipFormatException(Problem problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
