package org.sip2.connector.net;

import java.nio.charset.Charset;
import java.time.Duration;

/**
 * Settings of one SIP2 listener (see docs/configuration.md).
 *
 * @param name             the listener's name, as monitoring labels it
 * @param bindAddress      address to listen on
 * @param port             TCP port (0 picks a free one)
 * @param maxFrameLength   a frame longer than this many bytes closes the connection
 * @param maxFrameLengthBeforeLogin the same limit until the connection has logged in (at most {@code maxFrameLength})
 * @param maxConnections   connections beyond this are closed at once
 * @param maxConnectionsPerAddress connections from one remote address beyond this are closed at once
 * @param loginTimeout     a connection without a successful login is closed after this; zero = never
 * @param idleTimeout      a logged-in connection with no request for this long is closed; zero = never
 * @param defaultCharset   character set before login (the spec's default is IBM850)
 * @param maxLoginAttempts refused logins after which a connection is closed (§9.10)
 * @param shutdownGrace    on stop, how long requests already received may take to be answered
 */
public record ListenerConfig(String name, String bindAddress, int port, int maxFrameLength,
                             int maxFrameLengthBeforeLogin, int maxConnections, int maxConnectionsPerAddress,
                             Duration loginTimeout, Duration idleTimeout, Charset defaultCharset, int maxLoginAttempts,
                             Duration shutdownGrace) {
}
