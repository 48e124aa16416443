package org.sip2.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Makes the session cookie {@code SameSite=Strict} through the Servlet API, as GlassFish honours
 * it (Payara does not: it reads {@code cookieSameSite} in glassfish-web.xml), and tells
 * {@link ConsoleSessions} when a session ends (sign-out, time-out, invalidation).
 */
@WebListener
public class ConsoleSessionListener implements ServletContextListener, HttpSessionListener {

    @Inject
    ConsoleSessions sessions;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Strict");
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.ended(event.getSession());
    }
}
