package org.sip2.server.admin;

import java.util.Map;

/**
 * A terminal account as the console edits it.
 *
 * @param id       null for a new account
 * @param password          required for a new account; for an existing one, blank keeps the password
 * @param patronPinRequired whether patron requests must carry the patron's PIN (AD); off only for trusted stations
 * @param certificateSubject subject of the client certificate the terminal must present over TLS, or blank
 * @param options           behaviour options by Koha name; an option absent or at its default is not stored
 */
public record TerminalAccountForm(
        Long id,
        String loginId,
        String password,
        String institutionId,
        String delimiter,
        String terminator,
        String charset,
        String errorDetection,
        String location,
        String allowedAddresses,
        boolean enabled,
        boolean patronPinRequired,
        String certificateSubject,
        Map<String, String> options) {

    public TerminalAccountForm {
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
