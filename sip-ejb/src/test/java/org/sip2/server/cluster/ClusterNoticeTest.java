package org.sip2.server.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClusterNoticeTest {

    @Test
    void everyNoticeTravelsAsALineAndComesBackTheSame() {
        List<ClusterNotice> notices = List.of(
                new ClusterNotice.ForgetSecret("patron:23529000000118"),
                new ClusterNotice.DisconnectTerminal("term1"),
                new ClusterNotice.DisconnectSession("b", 42),
                new ClusterNotice.TerminalLoggedIn("term1"),
                new ClusterNotice.InstitutionsChanged(),
                new ClusterNotice.ListenersChanged());
        for (ClusterNotice notice : notices) {
            assertEquals(Optional.of(notice), ClusterNotice.decode(notice.encode()));
        }
    }

    @Test
    void aLineOfAnUnknownKindOrShapeIsNoNotice() {
        assertEquals(Optional.empty(), ClusterNotice.decode("rebalance\tall"));
        assertEquals(Optional.empty(), ClusterNotice.decode("logged-in"));
        assertEquals(Optional.empty(), ClusterNotice.decode("listeners\tb"));
    }
}
