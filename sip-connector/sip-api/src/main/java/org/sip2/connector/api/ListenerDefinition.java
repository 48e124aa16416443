package org.sip2.connector.api;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * One SIP2 listener as the application configures it (docs/operations.md, "Listeners and TLS"). Two definitions
 * that are equal need no rebinding.
 *
 * @param name                      unique, shown in the console and the SIP log
 * @param bindAddress               address to listen on, e.g. {@code 0.0.0.0}
 * @param port                      TCP port (0 picks a free one)
 * @param transport                 raw SIP2 or Koha's telnet login
 * @param tls                       TLS off, on, or on with client certificates required
 * @param loginTimeoutSeconds       a connection without a successful login is closed after this (0 = never)
 * @param idleTimeoutSeconds        a logged-in connection with no request for this long is closed (0 = never)
 * @param maxFrameLengthBeforeLogin longest request before login, bytes
 * @param maxFrameLength            longest request after login, bytes
 * @param maxConnections            connections open at once beyond this are refused
 * @param maxConnectionsPerAddress  the same, per remote address
 * @param allowedRanges             remote addresses allowed to connect; empty allows all
 */
public record ListenerDefinition(
        String name,
        String bindAddress,
        int port,
        ListenerTransport transport,
        ListenerTls tls,
        int loginTimeoutSeconds,
        int idleTimeoutSeconds,
        int maxFrameLengthBeforeLogin,
        int maxFrameLength,
        int maxConnections,
        int maxConnectionsPerAddress,
        List<AddressRange> allowedRanges) {

    public ListenerDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(tls, "tls");
        allowedRanges = List.copyOf(allowedRanges);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range");
        }
        if (transport == ListenerTransport.TELNET && tls != ListenerTls.OFF) {
            throw new IllegalArgumentException("the telnet transport is plain text: use raw with TLS");
        }
        if (loginTimeoutSeconds < 0 || idleTimeoutSeconds < 0) {
            throw new IllegalArgumentException("timeouts must be 0 or more seconds");
        }
        if (maxFrameLengthBeforeLogin < 64 || maxFrameLength < maxFrameLengthBeforeLogin) {
            throw new IllegalArgumentException(
                    "frame limits must be at least 64 bytes, the one after login no smaller");
        }
        if (maxConnections < 1 || maxConnectionsPerAddress < 1) {
            throw new IllegalArgumentException("connection limits must be at least 1");
        }
    }

    /** Whether a peer at this address may connect. */
    public boolean allows(InetAddress remote) {
        return allowedRanges.isEmpty() || allowedRanges.stream().anyMatch(range -> range.contains(remote));
    }
}
