package org.sip2.protocol;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reads and writes the positional Y/N bitmaps (patron status, summary, supported messages):
 * position {@code i} stands for the enum constant with ordinal {@code i}.
 */
final class Bitmap {

    private Bitmap() {}

    static <E extends Enum<E>> EnumSet<E> parse(Class<E> type, String text) {
        EnumSet<E> set = EnumSet.noneOf(type);
        E[] constants = type.getEnumConstants();
        for (int i = 0; i < constants.length && i < text.length(); i++) {
            if (text.charAt(i) == 'Y') {
                set.add(constants[i]);
            }
        }
        return set;
    }

    static <E extends Enum<E>> String format(Set<E> set, Class<E> type, int width, char no) {
        StringBuilder out = new StringBuilder(width);
        for (E constant : type.getEnumConstants()) {
            out.append(set.contains(constant) ? 'Y' : no);
        }
        while (out.length() < width) {
            out.append(no);
        }
        return out.toString();
    }
}
