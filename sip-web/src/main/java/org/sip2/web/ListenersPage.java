package org.sip2.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sip2.connector.api.ListenerState;
import org.sip2.connector.api.SipListeners;
import org.sip2.server.admin.ListenerAdmin;
import org.sip2.server.admin.ListenerForm;
import org.sip2.server.domain.Listener;

/**
 * The SIP2 listeners with what the connector made of each (bound, or why not; connections open). Admins add,
 * change and remove them; a change takes effect at once.
 */
@Named
@ViewScoped
public class ListenersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ListenerAdmin admin;

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
                    allowedRanges);
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

    /** "bound, 3 connections", "not bound: Address already in use", "disabled". */
    public String state(Listener listener) {
        if (!listener.isEnabled()) {
            return "disabled";
        }
        Map<String, ListenerState> states =
                SipListeners.states().stream().collect(Collectors.toMap(ListenerState::name, Function.identity()));
        ListenerState state = states.get(listener.getName());
        if (state == null) {
            return "not yet applied";
        }
        return state.bound()
                ? "listening on " + state.address() + ", " + state.connections() + " connected"
                : "NOT LISTENING: " + state.error();
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
