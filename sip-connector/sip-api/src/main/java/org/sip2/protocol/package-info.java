/**
 * The SIP2 2.00 protocol: one record per message (the records and their annotations are the
 * message table), the codec that parses and formats every message from that table, error
 * detection (AY/AZ), dates, bitmaps and code tables.
 *
 * <p>Plain Java only: no Jakarta EE, no I/O. The connector, the server and the command-line
 * client all use this package, so there is exactly one SIP2 implementation.
 * See {@code sip2-protocol.md} §2–§8 for the rules cited in this package.
 */
package org.sip2.protocol;
