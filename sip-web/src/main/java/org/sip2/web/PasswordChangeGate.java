package org.sip2.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A user who signed in with a one-time password sees only the password page until they have
 * changed it: every other console page redirects there.
 */
@WebFilter("/console/*")
public class PasswordChangeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String MUST_CHANGE = "sip.console.mustChangePassword";
    static final String PAGE = "/console/password.xhtml";

    static void require(HttpSession session, boolean mustChange) {
        if (mustChange) {
            session.setAttribute(MUST_CHANGE, Boolean.TRUE);
        } else {
            session.removeAttribute(MUST_CHANGE);
        }
    }

    static boolean required(HttpSession session) {
        return session != null && session.getAttribute(MUST_CHANGE) != null;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (required(request.getSession(false)) && !PAGE.equals(request.getServletPath())) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
