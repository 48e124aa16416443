package org.sip2.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A fixed-length field without an identifier. Fixed fields are written in record-component
 * order directly after the message id.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Fixed {
    /** Width in characters. */
    int value();

    /** For booleans: {@code true} writes {@code 1}/{@code 0} (the "ok" fields), else {@code Y}/{@code N}. */
    boolean digit() default false;
}
