/**
 * The admin console: Jakarta Faces backing beans (PrimeFaces pages under {@code /console}) and the
 * console's security. Backing beans call the admin services of {@code org.sip2.server.admin} and
 * the connector's {@code SipSessions}; they never touch the EntityManager. The console's security:
 * sign-in through {@code ConsoleIdentityStore}, signed-in sessions by user ({@code ConsoleSessions}),
 * response headers and the HTTPS redirect ({@code SecurityHeaders}), one-time passwords
 * ({@code PasswordChangeGate}).
 */
package org.sip2.web;
