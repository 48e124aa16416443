/**
 * Hashing and checking terminal passwords and patron PINs with the PBKDF2 implementation that
 * Jakarta Security provides, and remembering recently verified secrets (as HMACs under a
 * per-process key) so that a right secret is not hashed again on every request. Depends on
 * Jakarta Security, CDI and the JDK only.
 */
package org.sip2.server.security;
