package org.sip2.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import org.sip2.server.admin.ConsoleUsers;
import org.sip2.server.domain.ConsoleUser;

/** Console users: admins add users with role admin or operator, set passwords, disable users. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ConsoleUsers users;

    @Inject
    ConsoleSessions sessions;

    private List<ConsoleUser> list;
    private String username;
    private String password;
    private String role = ConsoleUser.OPERATOR;

    @PostConstruct
    void load() {
        list = users.list();
    }

    public void create() {
        if (Feedback.attempt(() -> users.create(username, password, role), "Console user " + username + " created")) {
            username = null;
            password = null;
            load();
        }
    }

    /** Sets another user's password; their open sessions end (yours stays, if it is your own). */
    public void setPasswordOf(ConsoleUser user) {
        String changed = "Password of " + user.getUsername() + " changed";
        if (Feedback.attempt(() -> users.setPassword(user.getUsername(), password), changed)) {
            sessions.end(user.getUsername(), currentSession());
        }
    }

    /** Enables or disables a user; a disabled user's sessions end at once. */
    public void toggle(ConsoleUser user) {
        boolean enable = !user.isEnabled();
        if (Feedback.attempt(
                () -> users.setEnabled(user.getUsername(), enable),
                user.getUsername() + (enable ? " enabled" : " disabled"))) {
            if (!enable) {
                sessions.end(user.getUsername(), null);
            }
            load();
        }
    }

    private static HttpSession currentSession() {
        return (HttpSession)
                FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    }

    public List<ConsoleUser> getList() {
        return list;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
