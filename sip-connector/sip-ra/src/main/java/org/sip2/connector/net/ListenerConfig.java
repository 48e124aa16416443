package org.sip2.connector.net;

import java.nio.charset.Charset;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.sip2.connector.api.ListenerDefinition;
import org.sip2.connector.api.ListenerTls;
import org.sip2.connector.api.ListenerTransport;

/**
 * Everything one running listener needs (see docs/configuration.md): its definition, the TLS context built for it,
 * and the settings every listener shares.
 *
 * @param definition       the listener as configured
 * @param tlsContext       server key and trust material; {@code null} exactly when TLS is off
 * @param defaultCharset   character set before login (the spec's default is IBM850)
 * @param maxLoginAttempts refused logins after which a connection is closed (docs/protocol.md §5.5)
 * @param shutdownGrace    on stop, how long requests already received may take to be answered
 */
public record ListenerConfig(
        ListenerDefinition definition,
        SSLContext tlsContext,
        Charset defaultCharset,
        int maxLoginAttempts,
        Duration shutdownGrace) {

    public ListenerConfig {
        if ((tlsContext == null) != (definition.tls() == ListenerTls.OFF)) {
            throw new IllegalArgumentException("a TLS context belongs to a TLS listener only");
        }
    }

    public String name() {
        return definition.name();
    }

    public String bindAddress() {
        return definition.bindAddress();
    }

    public int port() {
        return definition.port();
    }

    boolean telnet() {
        return definition.transport() == ListenerTransport.TELNET;
    }

    int maxFrameLength() {
        return definition.maxFrameLength();
    }

    int maxFrameLengthBeforeLogin() {
        return definition.maxFrameLengthBeforeLogin();
    }

    int maxConnections() {
        return definition.maxConnections();
    }

    int maxConnectionsPerAddress() {
        return definition.maxConnectionsPerAddress();
    }

    Duration loginTimeout() {
        return Duration.ofSeconds(definition.loginTimeoutSeconds());
    }

    Duration idleTimeout() {
        return Duration.ofSeconds(definition.idleTimeoutSeconds());
    }
}
