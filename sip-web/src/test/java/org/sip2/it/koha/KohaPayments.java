package org.sip2.it.koha;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test-only window on the payments of a patron ({@code ?patron=...}): "transaction id register", one a line. */
@WebServlet("/it/koha-payments")
public class KohaPayments extends HttpServlet {

    @PersistenceContext
    EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        for (String payment : em.createQuery(
                        "select coalesce(p.scTransactionId, '-') || ' ' || coalesce(p.registerId,"
                                + " '-') from Payment p where p.patron.barcode = :patron order by p.id",
                        String.class)
                .setParameter("patron", request.getParameter("patron"))
                .getResultList()) {
            response.getWriter().println(payment);
        }
    }
}
