package org.sip2.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The component of a message that holds its extension fields: a {@code List<ExtraField>}. On
 * input it collects every field whose id the message does not define; on output its fields are
 * written in list order at the component's place. At most one per message.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Extra {}
