package org.sip2.server.sip;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sip2.connector.api.ConnectionInfo;
import org.sip2.server.backend.Backends;
import org.sip2.server.backend.CirculationBackend;
import org.sip2.server.backend.Terminal;
import org.sip2.server.backend.TerminalOptions;
import org.sip2.server.circulation.Institutions;
import org.sip2.server.circulation.TerminalAccounts;
import org.sip2.server.domain.Institution;

/** For a logged-in session: its terminal, its institution, the back end that institution names, and its PIN rule. */
@ApplicationScoped
public class Terminals {

    @EJB
    Institutions institutions;

    @Inject
    Backends backends;

    @EJB
    TerminalAccounts accounts;

    public Terminal terminal(ConnectionInfo session) {
        return new Terminal(
                session.terminal().institutionId(),
                session.terminal().loginId(),
                session.terminal().locationCode(),
                options(session));
    }

    /** The account's behaviour options, as loaded at login. */
    public TerminalOptions options(ConnectionInfo session) {
        return new TerminalOptions(session.terminal().options());
    }

    public Institution institution(ConnectionInfo session) {
        return institutions
                .find(session.terminal().institutionId())
                .orElseThrow(() -> new IllegalStateException(
                        "Institution " + session.terminal().institutionId() + " no longer exists"));
    }

    /**
     * The PIN to hand to the back end for a patron request's AD: the AD when given; when not, an
     * empty PIN (refused like a wrong one) if the account must send PINs, else null (no check).
     */
    public String patronPin(ConnectionInfo session, String ad) {
        if (ad != null && !ad.isEmpty()) {
            return ad;
        }
        return accounts.patronPinRequired(session.terminal().loginId()) ? "" : null;
    }

    public CirculationBackend backend(ConnectionInfo session) {
        return backends.named(institution(session).getBackend());
    }
}
