package org.sip2.server.admin;

/**
 * A terminal account as the console edits it.
 *
 * @param id       null for a new account
 * @param password required for a new account; for an existing one, blank keeps the password
 */
public record TerminalAccountForm(Long id, String loginId, String password, String institutionId, String delimiter,
                                  String terminator, String charset, String errorDetection, String location,
                                  String allowedAddresses, boolean enabled) {
}
