package org.sip2.web;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.sip2.server.admin.AdminException;

/** Messages for the person at the console. */
final class Feedback {

    private Feedback() {}

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Runs a change; a refusal or a missing permission becomes an error message. Returns whether it worked. */
    static boolean attempt(Runnable change, String success) {
        try {
            change.run();
            if (success != null) {
                info(success);
            }
            return true;
        } catch (AdminException e) {
            error(e.getMessage());
        } catch (EJBException e) {
            error(
                    e.getCause() instanceof AdminException refusal
                            ? refusal.getMessage()
                            : "Not allowed or failed: " + e.getMessage());
        }
        return false;
    }
}
