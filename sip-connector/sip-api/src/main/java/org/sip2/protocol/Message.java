package org.sip2.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a record as the definition of one SIP2 message and names its two-digit id. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Message {
    /** The two-digit message id, e.g. {@code "11"}. */
    String value();

    /** The name the specification gives the message. */
    String name();
}
