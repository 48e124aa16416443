package org.sip2.server.backend;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/** Finds the back end an institution names; {@code jpa} is the built-in one. */
@ApplicationScoped
public class Backends {

    public static final String DEFAULT = "jpa";

    @Inject
    @Any
    Instance<CirculationBackend> available;

    private final Map<String, CirculationBackend> byName = new HashMap<>();

    @PostConstruct
    void index() {
        for (CirculationBackend backend : available) {
            byName.put(backend.name(), backend);
        }
    }

    /**
     * The back end of this name (the built-in one for {@code null}). A name that no deployed back end has is a
     * configuration error, not a reason to lend from another system's data: it fails the request, which the
     * terminal sees as the failure form of its response.
     */
    public CirculationBackend named(String name) {
        CirculationBackend backend = byName.get(name == null ? DEFAULT : name);
        if (backend == null) {
            throw new IllegalStateException(
                    "No circulation back end named '" + name + "' is deployed (have " + byName.keySet() + ")");
        }
        return backend;
    }
}
