/**
 * Hashing and checking terminal passwords and patron PINs with the PBKDF2 implementation that
 * Jakarta Security provides. Depends on Jakarta Security and CDI only.
 */
package org.sip2.server.security;
