package org.sip2.server.sip;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.sip2.connector.api.SipListeners;
import org.sip2.server.audit.AuditHousekeeping;

/**
 * When the application stops (SIGTERM, undeployment), lets all its SIP2 listeners answer the requests
 * they have received, then has the transaction log write the rows of reads still waiting
 * (docs/operations.md, "Stopping the server").
 *
 * <p>A listener of the web module, not a singleton's {@code @PreDestroy}: Payara stops the web module
 * first, while the application's data source is still there; by the time it destroys the singletons
 * the data source is gone, and the requests still draining and the waiting rows could no longer be
 * written (ShutdownIT).
 */
@WebListener
public class ListenersStop implements ServletContextListener {

    @EJB
    AuditHousekeeping audit;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        SipListeners.stop();
        audit.writeRest();
    }
}
