package org.sip2.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The messages the emulator can send. Named as in Koha's sip_cli_emulator.pl, which calls two of
 * them by longer names ({@code sc_status_request}, {@code patron_status_request}); both are taken.
 */
public enum MessageName {
    login,
    sc_status("sc_status_request"),
    patron_status("patron_status_request"),
    patron_information,
    item_information,
    checkout,
    checkin,
    renew,
    renew_all,
    hold,
    fee_paid,
    block_patron,
    patron_enable,
    item_status_update,
    end_session;

    private final String kohaName;

    MessageName() {
        this.kohaName = null;
    }

    MessageName(String kohaName) {
        this.kohaName = kohaName;
    }

    /** The message called {@code text} here or in Koha's emulator, ignoring case. */
    public static Optional<MessageName> named(String text) {
        return Arrays.stream(values())
                .filter(name -> name.name().equalsIgnoreCase(text)
                        || (name.kohaName != null && name.kohaName.equalsIgnoreCase(text)))
                .findFirst();
    }

    /** Every name accepted, ours and Koha's. */
    static Stream<String> allNames() {
        return Arrays.stream(values())
                .flatMap(
                        name -> name.kohaName == null ? Stream.of(name.name()) : Stream.of(name.name(), name.kohaName));
    }

    /** Reads {@code -m} values. */
    static final class Converter implements ITypeConverter<MessageName> {
        @Override
        public MessageName convert(String value) {
            return named(value)
                    .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a message; one of "
                            + String.join(", ", (Iterable<String>) allNames()::iterator)));
        }
    }

    /** The names shown in the help. */
    static final class Candidates implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return allNames().iterator();
        }
    }
}
