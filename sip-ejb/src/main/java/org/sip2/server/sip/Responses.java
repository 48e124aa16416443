package org.sip2.server.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import org.sip2.connector.api.SessionInfo;
import org.sip2.protocol.SipDate;
import org.sip2.server.circulation.LibraryClock;

/** What many responses share: the transaction date and the institution to report. */
@ApplicationScoped
public class Responses {

    @Inject
    LibraryClock clock;

    /** The response's transaction date: the library's current local time (§4.1). */
    public SipDate now() {
        return SipDate.local(clock.now());
    }

    public static SipDate date(LocalDateTime time) {
        return time == null ? null : SipDate.local(time);
    }

    /** The institution a response names: the one in the request, else the terminal's. */
    public static String institution(String requested, SessionInfo session) {
        if (requested != null && !requested.isBlank()) {
            return requested;
        }
        return session.terminal() == null ? "" : session.terminal().institutionId();
    }
}
