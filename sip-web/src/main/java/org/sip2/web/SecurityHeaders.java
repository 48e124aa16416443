package org.sip2.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every response of the console: the browser may not frame it, sniff types or send its address
 * elsewhere; under HTTPS it must keep to HTTPS (HSTS). When the console has an HTTPS port, a
 * request over HTTP is redirected there. The pages' script policy with nonces comes from
 * PrimeFaces' CSP support (web.xml); browsers enforce both policies.
 */
@WebFilter("/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Inject
    @ConfigProperty(name = "sip.https.port", defaultValue = "0")
    int httpsPort;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (httpsPort > 0 && !request.isSecure()) {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader(
                    "Location",
                    "https://" + request.getServerName() + ":" + httpsPort + request.getRequestURI() + query);
            return;
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
