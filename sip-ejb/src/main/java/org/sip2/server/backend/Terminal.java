package org.sip2.server.backend;

/**
 * Who asks: the logged-in terminal.
 *
 * @param institutionId the terminal's institution
 * @param loginId       its account
 * @param location      where it stands (CP at login, or the account's location), may be null
 * @param options       its account's behaviour options
 */
public record Terminal(String institutionId, String loginId, String location, TerminalOptions options) {

    public Terminal {
        options = options == null ? TerminalOptions.DEFAULTS : options;
    }

    /** A terminal whose account sets no behaviour options. */
    public Terminal(String institutionId, String loginId, String location) {
        this(institutionId, loginId, location, TerminalOptions.DEFAULTS);
    }

    /** Where the terminal is: its location, else its institution. */
    public String place() {
        return location == null || location.isBlank() ? institutionId : location;
    }
}
