package org.sip2.server.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A SIP2 listener as configured in the console (docs/operations.md, "Listeners and TLS"). Transport and TLS are
 * stored by name ({@code RAW}, {@code TELNET}; {@code OFF}, {@code ON}, {@code CLIENT_CERTIFICATE}). The listener
 * made from the settings at the first start ({@link #isFromSettings()}) takes its bind address and port from
 * {@code sip.bind.address} and {@code sip.port} of each instance. A listener that names an instance
 * ({@code sip.instance.name}) is bound by that instance only; one that names none by every instance.
 */
@Entity
@Table(name = "sip_listener")
public class Listener {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private boolean enabled = true;

    @Column(name = "from_settings")
    private boolean fromSettings;

    @Column(name = "bind_address")
    private String bindAddress;

    @Column(name = "tcp_port")
    private int port;

    private String transport = "RAW";
    private String tls = "OFF";

    @Column(name = "login_timeout_seconds")
    private int loginTimeoutSeconds;

    @Column(name = "idle_timeout_seconds")
    private int idleTimeoutSeconds;

    @Column(name = "max_frame_before_login")
    private int maxFrameLengthBeforeLogin;

    @Column(name = "max_frame")
    private int maxFrameLength;

    @Column(name = "max_connections")
    private int maxConnections;

    @Column(name = "max_connections_per_address")
    private int maxConnectionsPerAddress;

    @Column(name = "allowed_ranges")
    private String allowedRanges = "";

    @Column(name = "instance_name")
    private String instance = "";

    protected Listener() {}

    public Listener(String name, boolean fromSettings) {
        this.name = name;
        this.fromSettings = fromSettings;
    }

    /** Everything but the name and the origin, as one change; {@code instance} empty for every instance. */
    public void change(
            boolean enabled,
            String bindAddress,
            int port,
            String transport,
            String tls,
            int loginTimeoutSeconds,
            int idleTimeoutSeconds,
            int maxFrameLengthBeforeLogin,
            int maxFrameLength,
            int maxConnections,
            int maxConnectionsPerAddress,
            String allowedRanges,
            String instance) {
        this.enabled = enabled;
        this.bindAddress = bindAddress;
        this.port = port;
        this.transport = transport;
        this.tls = tls;
        this.loginTimeoutSeconds = loginTimeoutSeconds;
        this.idleTimeoutSeconds = idleTimeoutSeconds;
        this.maxFrameLengthBeforeLogin = maxFrameLengthBeforeLogin;
        this.maxFrameLength = maxFrameLength;
        this.maxConnections = maxConnections;
        this.maxConnectionsPerAddress = maxConnectionsPerAddress;
        this.allowedRanges = allowedRanges;
        this.instance = instance;
    }

    /** Whether the instance of this name binds this listener: it names that instance, or none. */
    public boolean isFor(String instanceName) {
        return instance.isEmpty() || instance.equals(instanceName);
    }

    /** The settings moved the listener made from them. */
    public void bindTo(String bindAddress, int port) {
        this.bindAddress = bindAddress;
        this.port = port;
    }

    /** The instance that binds it; empty for every instance. */
    public String getInstance() {
        return instance;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isFromSettings() {
        return fromSettings;
    }

    public String getBindAddress() {
        return bindAddress;
    }

    public int getPort() {
        return port;
    }

    public String getTransport() {
        return transport;
    }

    public String getTls() {
        return tls;
    }

    public int getLoginTimeoutSeconds() {
        return loginTimeoutSeconds;
    }

    public int getIdleTimeoutSeconds() {
        return idleTimeoutSeconds;
    }

    public int getMaxFrameLengthBeforeLogin() {
        return maxFrameLengthBeforeLogin;
    }

    public int getMaxFrameLength() {
        return maxFrameLength;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public int getMaxConnectionsPerAddress() {
        return maxConnectionsPerAddress;
    }

    public String getAllowedRanges() {
        return allowedRanges;
    }
}
