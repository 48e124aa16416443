package org.sip2.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sip2.connector.api.ListenerState;
import org.sip2.connector.api.SipListeners;
import org.sip2.server.admin.ListenerAdmin;
import org.sip2.server.admin.ListenerForm;
import org.sip2.server.cluster.Cluster;
import org.sip2.server.domain.Listener;

/**
 * The SIP2 listeners with what the connector of each instance that binds them made of each (bound, or why not;
 * connections open). Admins add, change and remove them; a change takes effect at once on every instance.
 */
@Named
@ViewScoped
public class ListenersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ListenerAdmin admin;

    @Inject
    Cluster cluster;

    private List<Listener> list;
    private Form form = new Form();

    /** The edit form; mutable for Faces. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        public Long id;
        public boolean fromSettings;
        public String name;
        public boolean enabled = true;
        public String bindAddress = "0.0.0.0";
        public int port = 6002;
        public String transport = "RAW";
        public String tls = "OFF";
        public int loginTimeoutSeconds = 60;
        public int idleTimeoutSeconds;
        public int maxFrameLengthBeforeLogin = 1024;
        public int maxFrameLength = 16384;
        public int maxConnections = 10000;
        public int maxConnectionsPerAddress = 1000;
        public String allowedRanges = "";
        public String instance = "";

        public Long getId() {
            return id;
        }

        public boolean isFromSettings() {
            return fromSettings;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getBindAddress() {
            return bindAddress;
        }

        public void setBindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public String getTransport() {
            return transport;
        }

        public void setTransport(String transport) {
            this.transport = transport;
        }

        public String getTls() {
            return tls;
        }

        public void setTls(String tls) {
            this.tls = tls;
        }

        public int getLoginTimeoutSeconds() {
            return loginTimeoutSeconds;
        }

        public void setLoginTimeoutSeconds(int seconds) {
            this.loginTimeoutSeconds = seconds;
        }

        public int getIdleTimeoutSeconds() {
            return idleTimeoutSeconds;
        }

        public void setIdleTimeoutSeconds(int seconds) {
            this.idleTimeoutSeconds = seconds;
        }

        public int getMaxFrameLengthBeforeLogin() {
            return maxFrameLengthBeforeLogin;
        }

        public void setMaxFrameLengthBeforeLogin(int bytes) {
            this.maxFrameLengthBeforeLogin = bytes;
        }

        public int getMaxFrameLength() {
            return maxFrameLength;
        }

        public void setMaxFrameLength(int bytes) {
            this.maxFrameLength = bytes;
        }

        public int getMaxConnections() {
            return maxConnections;
        }

        public void setMaxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
        }

        public int getMaxConnectionsPerAddress() {
            return maxConnectionsPerAddress;
        }

        public void setMaxConnectionsPerAddress(int max) {
            this.maxConnectionsPerAddress = max;
        }

        public String getInstance() {
            return instance;
        }

        public void setInstance(String instance) {
            this.instance = instance;
        }

        public String getAllowedRanges() {
            return allowedRanges;
        }

        public void setAllowedRanges(String allowedRanges) {
            this.allowedRanges = allowedRanges;
        }

        ListenerForm toForm() {
            return new ListenerForm(
                    id,
                    name,
                    enabled,
                    bindAddress,
                    port,
                    transport,
                    tls,
                    loginTimeoutSeconds,
                    idleTimeoutSeconds,
                    maxFrameLengthBeforeLogin,
                    maxFrameLength,
                    maxConnections,
                    maxConnectionsPerAddress,
                    allowedRanges,
                    instance);
        }

        static Form of(Listener listener) {
            Form form = new Form();
            form.id = listener.getId();
            form.fromSettings = listener.isFromSettings();
            form.name = listener.getName();
            form.enabled = listener.isEnabled();
            form.bindAddress = listener.getBindAddress();
            form.port = listener.getPort();
            form.transport = listener.getTransport();
            form.tls = listener.getTls();
            form.loginTimeoutSeconds = listener.getLoginTimeoutSeconds();
            form.idleTimeoutSeconds = listener.getIdleTimeoutSeconds();
            form.maxFrameLengthBeforeLogin = listener.getMaxFrameLengthBeforeLogin();
            form.maxFrameLength = listener.getMaxFrameLength();
            form.maxConnections = listener.getMaxConnections();
            form.maxConnectionsPerAddress = listener.getMaxConnectionsPerAddress();
            form.allowedRanges = listener.getAllowedRanges();
            form.instance = listener.getInstance();
            return form;
        }
    }

    @PostConstruct
    void load() {
        list = admin.list();
    }

    public List<Listener> getList() {
        return list;
    }

    public Form getForm() {
        return form;
    }

    /** Whether the listeners run on several instances: then each state names its instance. */
    public boolean isClustered() {
        return cluster.clustered();
    }

    /**
     * "listening on 0.0.0.0:6001, 3 connected", "NOT LISTENING: Address already in use", "disabled"; clustered, one such
     * state per instance that binds it ("a: listening on …; b: …"), other instances' as of their last copy (2 s).
     */
    public String state(Listener listener) {
        if (!listener.isEnabled()) {
            return "disabled";
        }
        Map<String, List<ListenerState>> byInstance = cluster.listenersByInstance();
        if (!cluster.clustered()) {
            return state(byInstance.get(cluster.instance()), listener.getName());
        }
        String states = byInstance.entrySet().stream()
                .filter(instance -> listener.isFor(instance.getKey()))
                .map(instance -> instance.getKey() + ": " + state(instance.getValue(), listener.getName()))
                .collect(Collectors.joining("; "));
        return states.isEmpty() ? "instance " + listener.getInstance() + " is not running" : states;
    }

    private static String state(List<ListenerState> states, String name) {
        return states.stream()
                .filter(state -> state.name().equals(name))
                .findFirst()
                .map(state -> state.bound()
                        ? "listening on " + state.address() + ", " + state.connections() + " connected"
                        : "NOT LISTENING: " + state.error())
                .orElse("not yet applied");
    }

    public void startNew() {
        form = new Form();
    }

    public void edit(Listener listener) {
        form = Form.of(listener);
    }

    public void save() {
        ListenerForm listener = form.toForm();
        if (Feedback.attempt(() -> admin.save(listener), "Listener " + form.name + " saved")) {
            load();
            reportFailure(form.name);
        }
    }

    public void remove(Listener listener) {
        if (Feedback.attempt(() -> admin.remove(listener.getName()), "Listener " + listener.getName() + " removed")) {
            load();
        }
    }

    /** A listener that could not bind says why right after saving (the list shows it too). */
    private void reportFailure(String name) {
        SipListeners.states().stream()
                .filter(state -> state.name().equals(name) && !state.bound())
                .findFirst()
                .ifPresent(
                        state -> Feedback.error("Listener " + name + " is saved but not listening: " + state.error()));
    }
}
