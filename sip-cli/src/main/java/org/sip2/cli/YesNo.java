package org.sip2.cli;

/** A flag given as Koha's emulator takes it: {@code -fa Y}, {@code -n N}; bare ({@code -fa}) means Y. */
enum YesNo {
    Y,
    N;

    boolean yes() {
        return this == Y;
    }
}
