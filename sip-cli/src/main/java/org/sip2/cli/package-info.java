/**
 * sip-cli: a SIP2 client for people and for tests. The emulator (options as Koha's
 * sip_cli_emulator.pl), an interactive shell, a recording proxy, replay of recordings as
 * regression tests, and a load benchmark. Every message is built, parsed and explained with the
 * server's own codec ({@code org.sip2.protocol}); there is no second SIP implementation.
 *
 * <p>Depends on {@code org.sip2.protocol}, picocli, JLine, HdrHistogram and JFreeChart (the benchmark's chart).
 */
package org.sip2.cli;
