/**
 * Test-only beans added to the WAR by {@code TrustIT}: the consortium institution XTST with its
 * patrons, items and terminal accounts, and a probe of the transaction log's retention.
 */
package org.sip2.it.consortium;
