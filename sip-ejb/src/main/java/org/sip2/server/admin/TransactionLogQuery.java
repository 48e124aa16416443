package org.sip2.server.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sip2.server.audit.TransactionLogEntry;

/** Pages through the transaction log with filters, newest first, without loading it whole. */
@Stateless
@RolesAllowed({"admin", "operator"})
public class TransactionLogQuery {

    @PersistenceContext
    EntityManager em;

    public long count(TransactionFilter filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        return bind(
                        em.createQuery(
                                "select count(t) from TransactionLogEntry t" + where(filter, parameters), Long.class),
                        parameters)
                .getSingleResult();
    }

    public List<TransactionLogEntry> page(TransactionFilter filter, int first, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        return bind(
                        em.createQuery(
                                "select t from TransactionLogEntry t" + where(filter, parameters)
                                        + " order by t.occurredAt desc, t.id desc",
                                TransactionLogEntry.class),
                        parameters)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** Transactions of the last hour per message type. */
    public Map<String, Long> lastHourByType(LocalDateTime now) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery(
                        "select t.messageType, count(t) from TransactionLogEntry t where t.occurredAt >= "
                                + ":since group by t.messageType order by t.messageType",
                        Object[].class)
                .setParameter("since", now.minusHours(1))
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** The latest refused transactions, with what the terminal was told. */
    public List<TransactionLogEntry> recentRefusals(int max) {
        return em.createQuery(
                        "select t from TransactionLogEntry t where t.outcome = "
                                + "org.sip2.server.audit.TransactionLogEntry.Outcome.REFUSED"
                                + " order by t.occurredAt desc, t.id desc",
                        TransactionLogEntry.class)
                .setMaxResults(max)
                .getResultList();
    }

    private static String where(TransactionFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.from() != null) {
            where.append(" and t.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and t.occurredAt <= :to");
            parameters.put("to", filter.to());
        }
        condition(where, parameters, "terminal", filter.terminal());
        condition(where, parameters, "patron", filter.patron());
        condition(where, parameters, "item", filter.item());
        condition(where, parameters, "messageType", filter.messageType());
        if (filter.outcome() != null && !filter.outcome().isBlank()) {
            where.append(" and t.outcome = :outcome");
            parameters.put("outcome", TransactionLogEntry.Outcome.valueOf(filter.outcome()));
        }
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String field, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and t.").append(field).append(" = :").append(field);
            parameters.put(field, value.trim());
        }
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
