package org.sip2.it.memory;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sip2.server.domain.Institution;
import org.sip2.server.domain.TerminalAccount;
import org.sip2.server.security.Passwords;

/** Registers the institution MEM, served by the memory back end, and its terminal account mem1 / mem1. */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class MemoryLibrarySetup {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @PostConstruct
    void register() {
        if (em.find(Institution.class, "MEM") != null) {
            return;
        }
        Institution memory = new Institution("MEM", "Memory Library");
        memory.setBackend("memory");
        em.persist(memory);
        em.persist(new TerminalAccount("mem1", passwords.hash("mem1"), memory));
    }
}
