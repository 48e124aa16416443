/**
 * The admin console: Jakarta Faces backing beans (PrimeFaces pages under {@code /console}) and the
 * console's security. Backing beans call the admin services of {@code org.sip2.server.admin}, the
 * connector's {@code SipConnections} and {@code org.sip2.server.cluster} (the sessions of every
 * instance); they never touch the EntityManager. The console's security: sign-in through
 * {@code ConsoleIdentityStore}, signed-in sessions by user ({@code ConsoleSessions}), response
 * headers and the HTTPS redirect ({@code SecurityHeaders}), one-time passwords
 * ({@code PasswordChangeGate}).
 */
package org.sip2.web;
