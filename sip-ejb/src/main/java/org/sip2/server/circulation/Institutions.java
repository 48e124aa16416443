package org.sip2.server.circulation;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.sip2.server.domain.Institution;

/** Institutions and their policies. */
@Stateless
public class Institutions {

    @PersistenceContext
    EntityManager em;

    public Optional<Institution> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Institution.class, id));
    }
}
