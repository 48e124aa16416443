package org.sip2.server.backend;

/**
 * Who asks: the logged-in terminal.
 *
 * @param institutionId the terminal's institution
 * @param loginId       its account
 * @param location      where it stands (CP at login, or the account's location), may be null
 */
public record Terminal(String institutionId, String loginId, String location) {

    /** Where the terminal is: its location, else its institution. */
    public String place() {
        return location == null || location.isBlank() ? institutionId : location;
    }
}
