package org.sip2.server.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sip2.server.backend.TerminalOption;

/**
 * A terminal account's behaviour option as the console shows it.
 *
 * @param kind FLAG (on/off), TEXT, LIST (codes) or LINES (one rule a line)
 */
public record OptionInfo(String key, String group, String kind, String defaultValue, String description) {

    /** Every option, checkin options first. */
    public static List<OptionInfo> all() {
        return Arrays.stream(TerminalOption.values())
                .map(option -> new OptionInfo(
                        option.key(),
                        option.group().name().toLowerCase(Locale.ROOT),
                        option.kind().name(),
                        option.defaultValue(),
                        option.description()))
                .toList();
    }
}
