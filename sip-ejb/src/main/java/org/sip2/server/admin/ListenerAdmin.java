package org.sip2.server.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.sip2.connector.api.ListenerDefinition;
import org.sip2.server.domain.Listener;

/**
 * The SIP2 listeners: admins add, change and remove them, operators read them. A change reaches the connector as
 * soon as it has committed ({@link ListenerPublisher}): a new listener binds, a changed one rebinds, a removed one
 * stops.
 */
@Stateless
public class ListenerAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ListenersChanged> changed;

    @RolesAllowed({"admin", "operator"})
    public List<Listener> list() {
        return em.createQuery("select l from Listener l order by l.name", Listener.class)
                .getResultList();
    }

    @RolesAllowed("admin")
    public void save(ListenerForm form) {
        ListenerDefinition definition = form.toDefinition();
        Listener byName = find(form.name());
        if (byName != null && !byName.getId().equals(form.id())) {
            throw new AdminException("There is already a listener named " + form.name());
        }
        Listener listener = form.id() == null ? null : em.find(Listener.class, form.id());
        boolean created = listener == null;
        if (created) {
            listener = new Listener(form.name(), false);
        } else if (!listener.getName().equals(form.name())) {
            throw new AdminException("A listener keeps its name; add a new one instead");
        }
        boolean portFromSettings = listener.isFromSettings();
        listener.change(
                form.enabled(),
                portFromSettings ? listener.getBindAddress() : definition.bindAddress(),
                portFromSettings ? listener.getPort() : definition.port(),
                definition.transport().name(),
                definition.tls().name(),
                definition.loginTimeoutSeconds(),
                definition.idleTimeoutSeconds(),
                definition.maxFrameLengthBeforeLogin(),
                definition.maxFrameLength(),
                definition.maxConnections(),
                definition.maxConnectionsPerAddress(),
                form.canonicalRanges(),
                form.instanceName());
        if (created) {
            em.persist(listener);
        }
        changed.fire(new ListenersChanged(form.name()));
    }

    @RolesAllowed("admin")
    public void remove(String name) {
        Listener listener = find(name);
        if (listener == null) {
            throw new AdminException("There is no listener named " + name);
        }
        em.remove(listener);
        changed.fire(new ListenersChanged(name));
    }

    private Listener find(String name) {
        return em.createQuery("select l from Listener l where l.name = :name", Listener.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
