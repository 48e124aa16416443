/**
 * The screen messages (AF) in one catalogue: their keys, their built-in English texts, and a library's
 * own texts that reword or translate them (docs/configuration.md, "Screen messages").
 *
 * <p>Depends on nothing of the server but MicroProfile Config for the setting; every package that
 * composes a screen message depends on it.
 */
package org.sip2.server.screen;
