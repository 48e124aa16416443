package org.sip2.server.sip;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sip2.server.domain.Backoff;

/**
 * Refused terminal logins (93) per login id and per remote address, across connections: after
 * too many in a row the login id, or the address, must wait before it is even checked (see
 * docs/security.md). A successful login clears both.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    @ConfigProperty(name = "sip.login.failures.per.id", defaultValue = "5")
    int failuresPerId;

    @Inject
    @ConfigProperty(name = "sip.login.failures.per.address", defaultValue = "20")
    int failuresPerAddress;

    @Inject
    @ConfigProperty(name = "sip.login.backoff.seconds", defaultValue = "1")
    long firstDelaySeconds;

    @Inject
    @ConfigProperty(name = "sip.login.backoff.max.seconds", defaultValue = "300")
    long longestDelaySeconds;

    private FailureCounter byLoginId;
    private FailureCounter byAddress;

    @PostConstruct
    void configure() {
        Duration first = Duration.ofSeconds(firstDelaySeconds);
        Duration longest = Duration.ofSeconds(longestDelaySeconds);
        byLoginId = new FailureCounter(new Backoff(failuresPerId, first, longest), Clock.systemUTC());
        byAddress = new FailureCounter(new Backoff(failuresPerAddress, first, longest), Clock.systemUTC());
    }

    /** True while this login id or this address is backing off: refuse without checking the password. */
    public boolean waiting(String loginId, String remoteAddress) {
        return byLoginId.waiting(key(loginId)) || byAddress.waiting(remoteAddress);
    }

    public void refused(String loginId, String remoteAddress) {
        byLoginId.failed(key(loginId));
        byAddress.failed(remoteAddress);
    }

    public void succeeded(String loginId, String remoteAddress) {
        byLoginId.succeeded(key(loginId));
        byAddress.succeeded(remoteAddress);
    }

    private static String key(String loginId) {
        return loginId == null ? "" : loginId;
    }
}
