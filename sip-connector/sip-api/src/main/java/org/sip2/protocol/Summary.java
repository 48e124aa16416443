package org.sip2.protocol;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The 10-position summary of a Patron Information request (docs/protocol.md §7.11): which detail list is wanted. */
public record Summary(Set<Category> requested) {

    public static final int WIDTH = 10;
    public static final Summary NONE = new Summary(EnumSet.noneOf(Category.class));

    /** The lists in summary order, with the field that carries each in the 64. */
    public enum Category {
        HOLD_ITEMS(FieldId.AS),
        OVERDUE_ITEMS(FieldId.AT),
        CHARGED_ITEMS(FieldId.AU),
        FINE_ITEMS(FieldId.AV),
        RECALL_ITEMS(FieldId.BU),
        UNAVAILABLE_HOLDS(FieldId.CD);

        private final FieldId field;

        Category(FieldId field) {
            this.field = field;
        }

        public FieldId field() {
            return field;
        }
    }

    public Summary {
        requested = requested.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(requested);
    }

    public static Summary of(Category category) {
        return new Summary(EnumSet.of(category));
    }

    public static Summary parse(String text) {
        return new Summary(Bitmap.parse(Category.class, text));
    }

    /** The list to return: the first {@code Y}, as Koha does when an SC sets more than one. */
    public Optional<Category> first() {
        return requested.stream().findFirst();
    }

    @Override
    public String toString() {
        return Bitmap.format(requested, Category.class, WIDTH, ' ');
    }
}
