package org.sip2.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import org.sip2.connector.api.LiveSession;
import org.sip2.connector.api.SipSessions;

/** The terminals connected now; admins and operators may disconnect one. */
@Named
@RequestScoped
public class LiveSessionsView {

    public List<LiveSession> getSessions() {
        return SipSessions.all();
    }

    public void disconnect(long sessionId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!faces.getExternalContext().isUserInRole("admin") && !faces.getExternalContext().isUserInRole("operator")) {
            Feedback.error("Not allowed");
            return;
        }
        if (SipSessions.disconnect(sessionId)) {
            Feedback.info("Session " + sessionId + " disconnected");
        } else {
            Feedback.error("Session " + sessionId + " is no longer connected");
        }
    }
}
