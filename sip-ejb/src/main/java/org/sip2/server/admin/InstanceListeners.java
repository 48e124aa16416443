package org.sip2.server.admin;

import java.util.List;
import org.sip2.server.domain.Listener;

/**
 * Which listeners of the table one instance binds: the enabled ones that name this instance or no
 * instance. The listener made from the settings binds at this instance's own {@code sip.bind.address}
 * and {@code sip.port}, whatever the row says (the row holds the address of the instance that started
 * last), so instances sharing a machine keep their own ports.
 *
 * @param instance    this instance's {@code sip.instance.name}
 * @param bindAddress this instance's {@code sip.bind.address}
 * @param port        this instance's {@code sip.port}
 */
record InstanceListeners(String instance, String bindAddress, int port) {

    List<ListenerForm> of(List<Listener> table) {
        return table.stream()
                .filter(listener -> listener.isEnabled() && listener.isFor(instance))
                .map(this::asBound)
                .toList();
    }

    private ListenerForm asBound(Listener listener) {
        ListenerForm form = ListenerForm.of(listener);
        return listener.isFromSettings() ? form.at(bindAddress, port) : form;
    }
}
