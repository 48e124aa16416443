package org.sip2.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.sip2.server.admin.ConsoleUsers;

/**
 * A signed-in user changes their own password, giving the current one; after a one-time password
 * this is the only page they may use until it is done. Their other sessions end.
 */
@Named
@RequestScoped
public class PasswordPage {

    @EJB
    ConsoleUsers users;

    @Inject
    ConsoleSessions sessions;

    private String current;
    private String replacement;
    private String repeated;

    public boolean isRequired() {
        return PasswordChangeGate.required(session());
    }

    public void change() throws IOException {
        if (replacement == null || !replacement.equals(repeated)) {
            Feedback.error("The new password and its repetition differ");
            return;
        }
        boolean wasRequired = isRequired();
        if (Feedback.attempt(() -> users.changeOwnPassword(current, replacement), "Your password has been changed")) {
            HttpSession session = session();
            PasswordChangeGate.require(session, false);
            sessions.end(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser(), session);
            if (wasRequired) {
                ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
                context.getFlash().setKeepMessages(true);
                context.redirect(context.getRequestContextPath() + "/console/dashboard.xhtml");
            }
        }
    }

    private static HttpSession session() {
        return (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getReplacement() {
        return replacement;
    }

    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
