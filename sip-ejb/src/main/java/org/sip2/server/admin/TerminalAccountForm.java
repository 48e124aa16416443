package org.sip2.server.admin;

/**
 * A terminal account as the console edits it.
 *
 * @param id       null for a new account
 * @param password          required for a new account; for an existing one, blank keeps the password
 * @param patronPinRequired whether patron requests must carry the patron's PIN (AD); off only for trusted stations
 * @param certificateSubject subject of the client certificate the terminal must present over TLS, or blank
 */
public record TerminalAccountForm(Long id, String loginId, String password, String institutionId, String delimiter,
                                  String terminator, String charset, String errorDetection, String location,
                                  String allowedAddresses, boolean enabled, boolean patronPinRequired,
                                  String certificateSubject) {
}
