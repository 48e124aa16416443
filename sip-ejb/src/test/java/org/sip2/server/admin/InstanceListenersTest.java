package org.sip2.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sip2.server.domain.Listener;

/** Which rows of the listeners' table an instance binds, and where it binds the one made from its settings. */
class InstanceListenersTest {

    private final List<Listener> table = List.of(
            listener("default", true, true, "", 6001),
            listener("everywhere", false, true, "", 6010),
            listener("only-a", false, true, "a", 6011),
            listener("only-b", false, true, "b", 6012),
            listener("a-disabled", false, false, "a", 6013),
            listener("default-on-b-only", false, true, "b", 6014));

    @Test
    void anInstanceBindsTheEnabledRowsThatNameItOrNoInstance() {
        assertEquals(
                List.of("default", "everywhere", "only-a"),
                names(new InstanceListeners("a", "127.0.0.1", 7001).of(table)));
        assertEquals(
                List.of("default", "everywhere", "only-b", "default-on-b-only"),
                names(new InstanceListeners("b", "127.0.0.1", 7002).of(table)));
        assertEquals(List.of("default", "everywhere"), names(new InstanceListeners("c", "127.0.0.1", 7003).of(table)));
    }

    @Test
    void theListenerFromTheSettingsBindsAtEachInstancesOwnAddressAndPort() {
        List<ListenerForm> onA = new InstanceListeners("a", "127.0.0.1", 7001).of(table);
        List<ListenerForm> onB = new InstanceListeners("b", "10.0.0.12", 7002).of(table);
        assertEquals("127.0.0.1:7001", address(onA.getFirst()));
        assertEquals("10.0.0.12:7002", address(onB.getFirst()));
        assertEquals("0.0.0.0:6010", address(onB.get(1)), "the others bind where their row says");
    }

    @Test
    void theInstanceIsBlankOrAnInstanceName() {
        assertEquals("", form(" ").instanceName());
        assertEquals("sip-a", form(" sip-a ").instanceName());
        form("host-1.example:6001").toDefinition();
        assertThrows(AdminException.class, () -> form("two words").toDefinition());
        assertThrows(AdminException.class, () -> form("x".repeat(65)).toDefinition());
    }

    private static Listener listener(String name, boolean fromSettings, boolean enabled, String instance, int port) {
        Listener listener = new Listener(name, fromSettings);
        listener.change(enabled, "0.0.0.0", port, "RAW", "OFF", 60, 0, 1024, 16384, 100, 10, "", instance);
        return listener;
    }

    private static ListenerForm form(String instance) {
        return new ListenerForm(
                null, "x", true, "0.0.0.0", 6020, "RAW", "OFF", 60, 0, 1024, 16384, 100, 10, "", instance);
    }

    private static List<String> names(List<ListenerForm> forms) {
        return forms.stream().map(ListenerForm::name).toList();
    }

    private static String address(ListenerForm form) {
        return form.bindAddress() + ":" + form.port();
    }
}
