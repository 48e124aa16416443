package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sip2.connector.api.SessionInfo;
import org.sip2.server.backend.Backends;
import org.sip2.server.backend.CirculationBackend;
import org.sip2.server.backend.Terminal;
import org.sip2.server.circulation.Institutions;
import org.sip2.server.domain.Institution;

/** For a logged-in session: its terminal, its institution, and the back end that institution names. */
@ApplicationScoped
public class TerminalContext {

    @Inject
    Institutions institutions;

    @Inject
    Backends backends;

    public Terminal terminal(SessionInfo session) {
        return new Terminal(session.terminal().institutionId(), session.terminal().loginId(), session.terminal().locationCode());
    }

    public Institution institution(SessionInfo session) {
        return institutions.find(session.terminal().institutionId())
                .orElseThrow(() -> new IllegalStateException("Institution " + session.terminal().institutionId() + " no longer exists"));
    }

    public CirculationBackend backend(SessionInfo session) {
        return backends.named(institution(session).getBackend());
    }
}
