package org.sip2.connector.api;

import java.util.Map;

/**
 * How the connector speaks to one logged-in terminal: the settings of its account (docs/protocol.md §9.11).
 *
 * @param loginId        the account's login id (CN)
 * @param institutionId  the account's institution (AO)
 * @param locationCode   the location the terminal gave at login (CP), or {@code null}
 * @param delimiter      field delimiter
 * @param terminator     line terminator written after each response: {@code "\r"} or {@code "\r\n"}
 * @param charset        Java name of the character set, e.g. {@code IBM850}, {@code UTF-8}
 * @param errorDetection when responses carry AY/AZ
 * @param options        the account's behaviour options by name (Koha's names), read by the application; never null
 */
public record TerminalLogin(
        String loginId,
        String institutionId,
        String locationCode,
        char delimiter,
        String terminator,
        String charset,
        ErrorDetectionMode errorDetection,
        Map<String, String> options) {

    public TerminalLogin {
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    /** An account without behaviour options. */
    public TerminalLogin(
            String loginId,
            String institutionId,
            String locationCode,
            char delimiter,
            String terminator,
            String charset,
            ErrorDetectionMode errorDetection) {
        this(loginId, institutionId, locationCode, delimiter, terminator, charset, errorDetection, Map.of());
    }
}
