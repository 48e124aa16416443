package org.sip2.server.monitoring;

/** How a request ended, as the metrics count it (the {@code outcome} label). */
public enum Outcome {
    /** Answered, and the answer says yes (checked out, valid patron, login accepted …). */
    OK("ok"),
    /** Answered with a refusal: the failure form of the response, as the transaction log marks it. */
    REFUSED("refused"),
    /** Answered 96: a bad checksum or a message that could not be parsed. */
    RESEND("96"),
    /** The server failed and the terminal got "System unavailable". */
    ERROR("error");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
