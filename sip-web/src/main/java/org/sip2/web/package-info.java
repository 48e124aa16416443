/**
 * The admin console: Jakarta Faces backing beans (PrimeFaces pages under {@code /console}) and the
 * console's security. Backing beans call the admin services of {@code org.sip2.server.admin}, the
 * connector's {@code SipSessions} and {@code org.sip2.server.cluster} (the sessions of every
 * instance); they never touch the EntityManager.
 */
package org.sip2.web;
