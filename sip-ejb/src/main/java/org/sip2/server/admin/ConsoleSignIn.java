package org.sip2.server.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sip2.server.admin.ConsoleUsers.SignedIn;
import org.sip2.server.domain.Backoff;
import org.sip2.server.sip.FailureCounter;

/**
 * Console sign-in with throttling: wrong passwords in a row for one user name, or from one address,
 * make that name or address back off (as terminal logins do, docs/security.md). While it backs off
 * a sign-in is refused without checking the password, the right one too.
 */
@ApplicationScoped
public class ConsoleSignIn {

    @EJB
    ConsoleUsers users;

    @Inject
    @ConfigProperty(name = "sip.console.failures.per.user", defaultValue = "5")
    int failuresPerUser;

    @Inject
    @ConfigProperty(name = "sip.console.failures.per.address", defaultValue = "20")
    int failuresPerAddress;

    @Inject
    @ConfigProperty(name = "sip.console.backoff.seconds", defaultValue = "2")
    long firstDelaySeconds;

    @Inject
    @ConfigProperty(name = "sip.console.backoff.max.seconds", defaultValue = "300")
    long longestDelaySeconds;

    private FailureCounter byUser;
    private FailureCounter byAddress;

    @PostConstruct
    void configure() {
        Duration first = Duration.ofSeconds(firstDelaySeconds);
        Duration longest = Duration.ofSeconds(longestDelaySeconds);
        byUser = new FailureCounter(new Backoff(failuresPerUser, first, longest), Clock.systemUTC());
        byAddress = new FailureCounter(new Backoff(failuresPerAddress, first, longest), Clock.systemUTC());
    }

    /** The user, if the password is right and neither the name nor the address is backing off. */
    public Optional<SignedIn> signIn(String username, String password, String remoteAddress) {
        String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (byUser.waiting(user) || byAddress.waiting(remoteAddress)) {
            return Optional.empty();
        }
        Optional<SignedIn> signedIn = users.verify(username, password);
        if (signedIn.isPresent()) {
            byUser.succeeded(user);
            byAddress.succeeded(remoteAddress);
        } else {
            byUser.failed(user);
            byAddress.failed(remoteAddress);
        }
        return signedIn;
    }
}
