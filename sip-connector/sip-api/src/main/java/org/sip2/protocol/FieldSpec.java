package org.sip2.protocol;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * One field of a message definition: a record component with its wire form. Fixed fields have a
 * width; identified fields have an id, and repeat when the component is a {@code List}.
 */
public final class FieldSpec {

    private final String name;
    private final Class<?> type;
    private final FieldId id;
    private final int width;
    private final boolean required;
    private final boolean repeatable;
    private final boolean extension;
    private final ValueFormat format;
    private final MethodHandle accessor;

    private FieldSpec(RecordComponent component, FieldId id, int width, boolean required, ValueFormat format) {
        this.extension = component.isAnnotationPresent(Extra.class);
        this.name = component.getName();
        this.type = component.getType();
        this.id = id;
        this.width = width;
        this.required = required;
        this.repeatable = List.class.equals(type);
        this.format = format;
        try {
            this.accessor = MethodHandles.publicLookup().unreflect(component.getAccessor());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static FieldSpec of(RecordComponent component) {
        Fixed fixed = component.getAnnotation(Fixed.class);
        if (fixed != null) {
            return new FieldSpec(
                    component,
                    null,
                    fixed.value(),
                    true,
                    ValueFormat.forType(component.getType(), fixed.digit(), fixed.value()));
        }
        Var var = component.getAnnotation(Var.class);
        if (var != null) {
            return new FieldSpec(
                    component,
                    var.value(),
                    var.width(),
                    var.required(),
                    ValueFormat.forType(component.getType(), false, var.width()));
        }
        if (component.isAnnotationPresent(Extra.class)) {
            if (!List.class.equals(component.getType())) {
                throw new IllegalStateException(component + " is @Extra but not a List<ExtraField>");
            }
            return new FieldSpec(component, null, 0, false, null);
        }
        throw new IllegalStateException(component + " has neither @Fixed, @Var nor @Extra");
    }

    /** The record component's name, e.g. {@code patronIdentifier}. */
    public String name() {
        return name;
    }

    /** The field id, or {@code null} for a fixed field and for the extension fields. */
    public FieldId id() {
        return id;
    }

    public boolean isFixed() {
        return id == null && !extension;
    }

    /** The message's {@link Extra} component: fields with ids it does not define. */
    public boolean isExtension() {
        return extension;
    }

    /** Width of a fixed field (or of a fixed-width number such as BZ); 0 for free-length values. */
    public int width() {
        return width;
    }

    public boolean required() {
        return required;
    }

    public boolean repeatable() {
        return repeatable;
    }

    /** This field's value in a message of its type. */
    public Object read(SipMessage message) {
        try {
            return accessor.invoke(message);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value for a field missing from the input: primitives get their zero value. */
    Object absent() {
        if (type == boolean.class) {
            return false;
        }
        return repeatable ? List.of() : null;
    }

    Object parse(String raw) {
        return format.parse(raw);
    }

    /** The text of one value as it goes on the wire, before padding and sanitising. */
    public String formatValue(Object value) {
        return format.format(value);
    }
}
