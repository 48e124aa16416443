package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.server.backend.Backends;
import org.sip2.server.backend.CirculationBackend;
import org.sip2.server.backend.Terminal;
import org.sip2.server.backend.TerminalOptions;
import org.sip2.server.circulation.InstitutionCache;
import org.sip2.server.circulation.TerminalAccounts;
import org.sip2.server.domain.Institution;

/** For a logged-in connection: its terminal, its institution, the back end that institution names, and its PIN rule. */
@ApplicationScoped
public class Terminals {

    @Inject
    InstitutionCache institutions;

    @Inject
    Backends backends;

    @Inject
    TerminalAccounts accounts;

    public Terminal terminal(ConnectionInfo connection) {
        return new Terminal(
                connection.terminal().institutionId(),
                connection.terminal().loginId(),
                connection.terminal().locationCode(),
                options(connection));
    }

    /** The account's behaviour options, as loaded at login. */
    public TerminalOptions options(ConnectionInfo connection) {
        return new TerminalOptions(connection.terminal().options());
    }

    public Institution institution(ConnectionInfo connection) {
        return institutions
                .find(connection.terminal().institutionId())
                .orElseThrow(() -> new IllegalStateException(
                        "Institution " + connection.terminal().institutionId() + " no longer exists"));
    }

    /**
     * The PIN to hand to the back end for a patron request's AD: the AD when given; when not, an
     * empty PIN (refused like a wrong one) if the account must send PINs, else null (no check).
     */
    public String patronPin(ConnectionInfo connection, String ad) {
        if (ad != null && !ad.isEmpty()) {
            return ad;
        }
        return accounts.patronPinRequired(connection.terminal().loginId()) ? "" : null;
    }

    public CirculationBackend backend(ConnectionInfo connection) {
        return backends.named(institution(connection).getBackend());
    }
}
