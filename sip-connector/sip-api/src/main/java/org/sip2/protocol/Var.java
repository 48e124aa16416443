package org.sip2.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field with a two-character identifier, written as id + value + delimiter. A {@code List}
 * component is a repeatable field. Required fields are always written (empty when null);
 * optional ones only when they have a value.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Var {
    FieldId value();

    boolean required() default false;

    /** For numbers with a fixed width (BZ, CA, CB): zero-padded to this many digits; 0 = as is. */
    int width() default 0;
}
