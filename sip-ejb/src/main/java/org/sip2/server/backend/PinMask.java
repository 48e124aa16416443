package org.sip2.server.backend;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.StringJoiner;
import org.sip2.protocol.Secrets;

/** The {@code toString()} of a command that carries a patron's PIN: every component, the PIN masked. */
final class PinMask {

    private PinMask() {
    }

    static String describe(Record command) {
        StringJoiner out = new StringJoiner(", ", command.getClass().getSimpleName() + "[", "]");
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(command);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
            boolean hidden = component.getName().equals("pin") && value != null && !value.toString().isEmpty();
            out.add(component.getName() + "=" + (hidden ? Secrets.MASK : value));
        }
        return out.toString();
    }
}
