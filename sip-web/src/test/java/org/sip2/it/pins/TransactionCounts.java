package org.sip2.it.pins;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only window on the transaction log: {@code ?type=99} counts the rows of that message type
 * without a terminal (written before login); {@code ?patron=...} lists the card events of a patron.
 */
@WebServlet("/it/transactions")
public class TransactionCounts extends HttpServlet {

    @PersistenceContext
    EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        if (request.getParameter("type") != null) {
            Long count = em.createQuery(
                            "select count(t) from TransactionLogEntry t"
                                    + " where t.messageType = :type and t.terminal is null",
                            Long.class)
                    .setParameter("type", request.getParameter("type"))
                    .getSingleResult();
            response.getWriter().print(count);
            return;
        }
        for (String event : em.createQuery(
                        "select t.terminal || ': ' || t.screenMessage from TransactionLogEntry t"
                                + " where t.patron = :patron and t.messageType = '--' order by t.id",
                        String.class)
                .setParameter("patron", request.getParameter("patron"))
                .getResultList()) {
            response.getWriter().println(event);
        }
    }
}
