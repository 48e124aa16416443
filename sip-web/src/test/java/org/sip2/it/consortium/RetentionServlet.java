package org.sip2.it.consortium;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test only: runs the {@link RetentionProbe} and answers its counts as text. */
@WebServlet("/it/retention")
public class RetentionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    RetentionProbe probe;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write(probe.purgeAndCount());
    }
}
