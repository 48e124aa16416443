package org.sip2.server.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.sip2.connector.api.SipConnections;
import org.sip2.server.audit.LatestRequests;
import org.sip2.server.security.VerifiedSecrets;

/** Applies, on this instance, the notices of {@link ClusterNotice} that concern the SIP side. */
@ApplicationScoped
public class ClusterNotices {

    @Inject
    VerifiedSecrets verified;

    @Inject
    Cluster cluster;

    @Inject
    LatestRequests latest;

    void forget(@Observes ClusterNotice.ForgetSecret notice) {
        verified.forget(notice.subject());
    }

    void disconnect(@Observes ClusterNotice.DisconnectTerminal notice) {
        SipConnections.disconnectTerminal(notice.loginId());
    }

    void disconnect(@Observes ClusterNotice.DisconnectSession notice) {
        if (notice.instance().equals(cluster.instance())) {
            SipConnections.disconnect(notice.sessionId());
        }
    }

    /** Only from other instances ({@link Cluster#publishToOthers}): a login here keeps what this instance saw. */
    void forget(@Observes ClusterNotice.TerminalLoggedIn notice) {
        latest.forget(notice.loginId());
    }
}
