package org.sip2.server.monitoring;

import java.util.List;
import org.sip2.connector.api.SipSessions;

/**
 * The SIP2 listeners this application activates, by name: monitoring reports each of them, and the
 * server is ready only when each is bound. Today there is one, configured by {@code sip.port} and
 * {@code sip.bind.address} on {@link org.sip2.server.sip.SipEndpoint}.
 */
public final class EnabledListeners {

    private EnabledListeners() {
    }

    public static List<String> names() {
        return List.of(SipSessions.DEFAULT_LISTENER);
    }
}
