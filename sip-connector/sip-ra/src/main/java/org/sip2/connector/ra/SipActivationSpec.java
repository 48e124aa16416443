package org.sip2.connector.ra;

import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sip2.connector.api.SipListener;
import org.sip2.connector.api.SipSessions;
import org.sip2.connector.net.ListenerConfig;

/**
 * The settings of one SIP2 listener, given as activation-config properties of the MDB (strings, so
 * that {@code ${MPCONFIG=...}} expressions can supply them). See docs/configuration.md.
 */
@Activation(messageListeners = SipListener.class)
public class SipActivationSpec implements ActivationSpec {

    private ResourceAdapter resourceAdapter;

    @ConfigProperty(defaultValue = "0.0.0.0", description = "Address the SIP2 listener binds to")
    private String bindAddress = "0.0.0.0";
    @ConfigProperty(defaultValue = "6001", description = "TCP port of the SIP2 listener")
    private String port = "6001";
    @ConfigProperty(defaultValue = "16384", description = "Longest request in bytes; a longer one closes the connection")
    private String maxFrameLength = "16384";
    @ConfigProperty(defaultValue = "1024", description = "Longest request in bytes before a successful login")
    private String maxFrameLengthBeforeLogin = "1024";
    @ConfigProperty(defaultValue = "10000", description = "Most connections open at once")
    private String maxConnections = "10000";
    @ConfigProperty(defaultValue = "100", description = "Most connections open at once from one remote address")
    private String maxConnectionsPerAddress = "1000";
    @ConfigProperty(defaultValue = "60", description = "Seconds a connection may stay without a successful login (0 = no limit)")
    private String loginTimeoutSeconds = "60";
    @ConfigProperty(defaultValue = "0", description = "Seconds a logged-in connection may stay idle (0 = no limit)")
    private String idleTimeoutSeconds = "0";
    @ConfigProperty(defaultValue = "IBM850", description = "Character set before login")
    private String defaultCharset = "IBM850";
    @ConfigProperty(defaultValue = "logs/sip.log", description = "File of the SIP log")
    private String logFile = "logs/sip.log";
    @ConfigProperty(defaultValue = "3", description = "Refused logins after which a connection is closed")
    private String maxLoginAttempts = "3";
    @ConfigProperty(defaultValue = SipSessions.DEFAULT_LISTENER, description = "Name of the listener in monitoring")
    private String name = SipSessions.DEFAULT_LISTENER;
    @ConfigProperty(defaultValue = "10", description = "Seconds requests already received may take at a stop")
    private String shutdownGraceSeconds = "10";
    @ConfigProperty(defaultValue = "file", description = "Where the SIP log goes: file, syslog or file,syslog")
    private String logTo = "file";
    @ConfigProperty(defaultValue = "localhost", description = "Syslog server")
    private String syslogHost = "localhost";
    @ConfigProperty(defaultValue = "514", description = "Syslog port")
    private String syslogPort = "514";
    @ConfigProperty(defaultValue = "udp", description = "Syslog transport: udp, tcp or tls")
    private String syslogProtocol = "udp";
    @ConfigProperty(defaultValue = "rfc5424", description = "Syslog message format: rfc5424 or rfc3164")
    private String syslogFormat = "rfc5424";
    @ConfigProperty(defaultValue = "local6", description = "Syslog facility")
    private String syslogFacility = "local6";
    @ConfigProperty(defaultValue = "sip2", description = "Program name in syslog")
    private String syslogAppName = "sip2";

    @Override
    public void validate() throws InvalidPropertyException {
        try {
            toListenerConfig();
            logDestinations();
            if (logTo.contains("syslog")) {
                syslogSettings();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidPropertyException("Invalid SIP2 listener setting: " + e.getMessage());
        }
    }

    ListenerConfig toListenerConfig() {
        int portNumber = number("port", port);
        if (portNumber > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range");
        }
        if (!Charset.isSupported(defaultCharset)) {
            throw new IllegalArgumentException("character set " + defaultCharset + " is not supported");
        }
        int frameLength = Math.max(64, number("maxFrameLength", maxFrameLength));
        return new ListenerConfig(name, bindAddress, portNumber, frameLength,
                Math.clamp(number("maxFrameLengthBeforeLogin", maxFrameLengthBeforeLogin), 64, frameLength),
                Math.max(1, number("maxConnections", maxConnections)),
                Math.max(1, number("maxConnectionsPerAddress", maxConnectionsPerAddress)),
                Duration.ofSeconds(number("loginTimeoutSeconds", loginTimeoutSeconds)),
                Duration.ofSeconds(number("idleTimeoutSeconds", idleTimeoutSeconds)),
                Charset.forName(defaultCharset), Math.max(1, number("maxLoginAttempts", maxLoginAttempts)),
                Duration.ofSeconds(number("shutdownGraceSeconds", shutdownGraceSeconds)));
    }

    /** The SIP log's file, or null when it goes to syslog only. */
    Path logPath() {
        return logDestinations().contains("file") ? Path.of(logFile) : null;
    }

    /** The syslog settings, or null when the SIP log does not go to syslog. */
    SyslogSettings syslog() {
        return logDestinations().contains("syslog") ? syslogSettings() : null;
    }

    private Set<String> logDestinations() {
        Set<String> destinations = Arrays.stream(logTo.split(",")).map(String::trim)
                .map(destination -> destination.toLowerCase(Locale.ROOT))
                .filter(destination -> !destination.isEmpty()).collect(Collectors.toSet());
        if (destinations.isEmpty() || !Set.of("file", "syslog").containsAll(destinations)) {
            throw new IllegalArgumentException("sip.log.to must be file, syslog or file,syslog, not '" + logTo + "'");
        }
        return destinations;
    }

    private SyslogSettings syslogSettings() {
        return new SyslogSettings(syslogHost, number("syslogPort", syslogPort), syslogProtocol, syslogFormat,
                syslogFacility, syslogAppName);
    }

    private static int number(String name, String value) {
        try {
            int number = Integer.parseInt(value.trim());
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(name + " must be a whole number ≥ 0, not '" + value + "'");
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    public String getBindAddress() {
        return bindAddress;
    }

    public void setBindAddress(String bindAddress) {
        this.bindAddress = bindAddress;
    }

    public String getPort() {
        return port;
    }

    public void setPort(String port) {
        this.port = port;
    }

    public String getMaxFrameLength() {
        return maxFrameLength;
    }

    public void setMaxFrameLength(String maxFrameLength) {
        this.maxFrameLength = maxFrameLength;
    }

    public String getMaxFrameLengthBeforeLogin() {
        return maxFrameLengthBeforeLogin;
    }

    public void setMaxFrameLengthBeforeLogin(String maxFrameLengthBeforeLogin) {
        this.maxFrameLengthBeforeLogin = maxFrameLengthBeforeLogin;
    }

    public String getMaxConnectionsPerAddress() {
        return maxConnectionsPerAddress;
    }

    public void setMaxConnectionsPerAddress(String maxConnectionsPerAddress) {
        this.maxConnectionsPerAddress = maxConnectionsPerAddress;
    }

    public String getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(String maxConnections) {
        this.maxConnections = maxConnections;
    }

    public String getLoginTimeoutSeconds() {
        return loginTimeoutSeconds;
    }

    public void setLoginTimeoutSeconds(String loginTimeoutSeconds) {
        this.loginTimeoutSeconds = loginTimeoutSeconds;
    }

    public String getIdleTimeoutSeconds() {
        return idleTimeoutSeconds;
    }

    public void setIdleTimeoutSeconds(String idleTimeoutSeconds) {
        this.idleTimeoutSeconds = idleTimeoutSeconds;
    }

    public String getDefaultCharset() {
        return defaultCharset;
    }

    public void setDefaultCharset(String defaultCharset) {
        this.defaultCharset = defaultCharset;
    }

    public String getMaxLoginAttempts() {
        return maxLoginAttempts;
    }

    public void setMaxLoginAttempts(String maxLoginAttempts) {
        this.maxLoginAttempts = maxLoginAttempts;
    }

    public String getLogFile() {
        return logFile;
    }

    public void setLogFile(String logFile) {
        this.logFile = logFile;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShutdownGraceSeconds() {
        return shutdownGraceSeconds;
    }

    public void setShutdownGraceSeconds(String shutdownGraceSeconds) {
        this.shutdownGraceSeconds = shutdownGraceSeconds;
    }

    public String getLogTo() {
        return logTo;
    }

    public void setLogTo(String logTo) {
        this.logTo = logTo;
    }

    public String getSyslogHost() {
        return syslogHost;
    }

    public void setSyslogHost(String syslogHost) {
        this.syslogHost = syslogHost;
    }

    public String getSyslogPort() {
        return syslogPort;
    }

    public void setSyslogPort(String syslogPort) {
        this.syslogPort = syslogPort;
    }

    public String getSyslogProtocol() {
        return syslogProtocol;
    }

    public void setSyslogProtocol(String syslogProtocol) {
        this.syslogProtocol = syslogProtocol;
    }

    public String getSyslogFormat() {
        return syslogFormat;
    }

    public void setSyslogFormat(String syslogFormat) {
        this.syslogFormat = syslogFormat;
    }

    public String getSyslogFacility() {
        return syslogFacility;
    }

    public void setSyslogFacility(String syslogFacility) {
        this.syslogFacility = syslogFacility;
    }

    public String getSyslogAppName() {
        return syslogAppName;
    }

    public void setSyslogAppName(String syslogAppName) {
        this.syslogAppName = syslogAppName;
    }
}
