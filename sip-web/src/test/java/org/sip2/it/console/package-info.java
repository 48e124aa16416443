/**
 * Test-only console users for ConsoleIT's sign-in tests, added to its deployment (names start with
 * {@code dep-}).
 */
package org.sip2.it.console;
