/**
 * The SIP2 2.00 protocol: one record per message (the records and their annotations are the
 * message table), the codec that parses and formats every message from that table, error
 * detection (AY/AZ), dates, bitmaps and code tables. Extension fields (ids that SIP2 does not
 * define, such as PB or a library's own) go through the same table: a message's {@code @Extra}
 * component keeps them when read and writes them in place.
 *
 * <p>Plain Java only: no Jakarta EE, no I/O. The connector, the server and the command-line
 * client all use this package, so there is exactly one SIP2 implementation.
 * The § numbers in this package name sections of docs/protocol.md, which describes SIP2 as this
 * server speaks it: framing §2, error detection §3, data formats §4, messages §6, code tables §7,
 * field identifiers and extensions §8, decisions on odd input §9.
 */
package org.sip2.protocol;
