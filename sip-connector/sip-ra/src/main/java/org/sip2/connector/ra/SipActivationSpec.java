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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.sip2.connector.api.ListenerDefinition;
import org.sip2.connector.api.ListenerTls;
import org.sip2.connector.api.ListenerTransport;
import org.sip2.connector.api.SipListener;
import org.sip2.connector.net.TlsMaterial;

/**
 * The settings of one SIP2 listener, given as activation-config properties of the MDB (strings, so
 * that {@code ${MPCONFIG=...}} expressions can supply them; {@link ConfigExpression} resolves those
 * a container leaves unresolved). See docs/configuration.md.
 */
@Activation(messageListeners = SipListener.class)
public class SipActivationSpec implements ActivationSpec {

    /** The name of the listener the activation describes; the application seeds its list with the same. */
    static final String DEFAULT_LISTENER = "default";

    private ResourceAdapter resourceAdapter;

    @ConfigProperty(defaultValue = "0.0.0.0", description = "Address the SIP2 listener binds to")
    private String bindAddress = "0.0.0.0";

    @ConfigProperty(defaultValue = "6001", description = "TCP port of the SIP2 listener")
    private String port = "6001";

    @ConfigProperty(
            defaultValue = "16384",
            description = "Longest request in bytes; a longer one closes the connection")
    private String maxFrameLength = "16384";

    @ConfigProperty(defaultValue = "1024", description = "Longest request in bytes before a successful login")
    private String maxFrameLengthBeforeLogin = "1024";

    @ConfigProperty(defaultValue = "10000", description = "Most connections open at once")
    private String maxConnections = "10000";

    @ConfigProperty(defaultValue = "1000", description = "Most connections open at once from one remote address")
    private String maxConnectionsPerAddress = "1000";

    @ConfigProperty(
            defaultValue = "60",
            description = "Seconds a connection may stay without a successful login (0 = no limit)")
    private String loginTimeoutSeconds = "60";

    @ConfigProperty(defaultValue = "0", description = "Seconds a logged-in connection may stay idle (0 = no limit)")
    private String idleTimeoutSeconds = "0";

    @ConfigProperty(defaultValue = "IBM850", description = "Character set before login")
    private String defaultCharset = "IBM850";

    @ConfigProperty(defaultValue = "logs/sip.log", description = "File of the SIP log")
    private String logFile = "logs/sip.log";

    @ConfigProperty(defaultValue = "3", description = "Refused logins after which a connection is closed")
    private String maxLoginAttempts = "3";

    @ConfigProperty(
            defaultValue = "",
            description = "PKCS12 keystore with the server's key and certificate chain for TLS")
    private String tlsKeystore = "";

    @ConfigProperty(defaultValue = "", description = "Password of the TLS keystore", confidential = true)
    private String tlsKeystorePassword = "";

    @ConfigProperty(defaultValue = "", description = "PKCS12 trust store of the CAs that sign client certificates")
    private String tlsTruststore = "";

    @ConfigProperty(defaultValue = "", description = "Password of the TLS trust store", confidential = true)
    private String tlsTruststorePassword = "";

    @ConfigProperty(defaultValue = "10", description = "Seconds requests already received may take at a stop")
    private String shutdownGraceSeconds = "10";

    @ConfigProperty(defaultValue = "16", description = "Requests processed at once; the others wait their turn")
    private String requestsAtOnce = "16";

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
            toDefinition();
            charset();
            loginAttempts();
            shutdownGrace();
            requestsAtOnce();
            logDestinations();
            syslog();
        } catch (IllegalArgumentException e) {
            throw new InvalidPropertyException("Invalid SIP2 listener setting: " + e.getMessage());
        }
    }

    /** The listener the activation describes: the first one, until the application configures its list. */
    ListenerDefinition toDefinition() {
        int portNumber = number("port", port);
        if (portNumber > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range");
        }
        int frameLength = Math.max(64, number("maxFrameLength", maxFrameLength));
        return new ListenerDefinition(
                DEFAULT_LISTENER,
                bindAddress,
                portNumber,
                ListenerTransport.RAW,
                ListenerTls.OFF,
                number("loginTimeoutSeconds", loginTimeoutSeconds),
                number("idleTimeoutSeconds", idleTimeoutSeconds),
                Math.clamp(number("maxFrameLengthBeforeLogin", maxFrameLengthBeforeLogin), 64, frameLength),
                frameLength,
                Math.max(1, number("maxConnections", maxConnections)),
                Math.max(1, number("maxConnectionsPerAddress", maxConnectionsPerAddress)),
                List.of());
    }

    Charset charset() {
        if (!Charset.isSupported(defaultCharset)) {
            throw new IllegalArgumentException("character set " + defaultCharset + " is not supported");
        }
        return Charset.forName(defaultCharset);
    }

    int loginAttempts() {
        return Math.max(1, number("maxLoginAttempts", maxLoginAttempts));
    }

    TlsMaterial tlsMaterial() {
        return new TlsMaterial(tlsKeystore, tlsKeystorePassword, tlsTruststore, tlsTruststorePassword);
    }

    Duration shutdownGrace() {
        return Duration.ofSeconds(number("shutdownGraceSeconds", shutdownGraceSeconds));
    }

    int requestsAtOnce() {
        return Math.max(1, number("requestsAtOnce", requestsAtOnce));
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
        Set<String> destinations = Arrays.stream(logTo.split(","))
                .map(String::trim)
                .map(destination -> destination.toLowerCase(Locale.ROOT))
                .filter(destination -> !destination.isEmpty())
                .collect(Collectors.toSet());
        if (destinations.isEmpty() || !Set.of("file", "syslog").containsAll(destinations)) {
            throw new IllegalArgumentException("sip.log.to must be file, syslog or file,syslog, not '" + logTo + "'");
        }
        return destinations;
    }

    private SyslogSettings syslogSettings() {
        return new SyslogSettings(
                syslogHost,
                number("syslogPort", syslogPort),
                syslogProtocol,
                syslogFormat,
                syslogFacility,
                syslogAppName);
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
        this.bindAddress = ConfigExpression.resolve(bindAddress);
    }

    public String getPort() {
        return port;
    }

    public void setPort(String port) {
        this.port = ConfigExpression.resolve(port);
    }

    public String getMaxFrameLength() {
        return maxFrameLength;
    }

    public void setMaxFrameLength(String maxFrameLength) {
        this.maxFrameLength = ConfigExpression.resolve(maxFrameLength);
    }

    public String getMaxFrameLengthBeforeLogin() {
        return maxFrameLengthBeforeLogin;
    }

    public void setMaxFrameLengthBeforeLogin(String maxFrameLengthBeforeLogin) {
        this.maxFrameLengthBeforeLogin = ConfigExpression.resolve(maxFrameLengthBeforeLogin);
    }

    public String getMaxConnectionsPerAddress() {
        return maxConnectionsPerAddress;
    }

    public void setMaxConnectionsPerAddress(String maxConnectionsPerAddress) {
        this.maxConnectionsPerAddress = ConfigExpression.resolve(maxConnectionsPerAddress);
    }

    public String getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(String maxConnections) {
        this.maxConnections = ConfigExpression.resolve(maxConnections);
    }

    public String getLoginTimeoutSeconds() {
        return loginTimeoutSeconds;
    }

    public void setLoginTimeoutSeconds(String loginTimeoutSeconds) {
        this.loginTimeoutSeconds = ConfigExpression.resolve(loginTimeoutSeconds);
    }

    public String getIdleTimeoutSeconds() {
        return idleTimeoutSeconds;
    }

    public void setIdleTimeoutSeconds(String idleTimeoutSeconds) {
        this.idleTimeoutSeconds = ConfigExpression.resolve(idleTimeoutSeconds);
    }

    public String getDefaultCharset() {
        return defaultCharset;
    }

    public void setDefaultCharset(String defaultCharset) {
        this.defaultCharset = ConfigExpression.resolve(defaultCharset);
    }

    public String getMaxLoginAttempts() {
        return maxLoginAttempts;
    }

    public void setMaxLoginAttempts(String maxLoginAttempts) {
        this.maxLoginAttempts = ConfigExpression.resolve(maxLoginAttempts);
    }

    public String getLogFile() {
        return logFile;
    }

    public void setLogFile(String logFile) {
        this.logFile = ConfigExpression.resolve(logFile);
    }

    public String getTlsKeystore() {
        return tlsKeystore;
    }

    public void setTlsKeystore(String tlsKeystore) {
        this.tlsKeystore = ConfigExpression.resolve(tlsKeystore);
    }

    public String getTlsKeystorePassword() {
        return tlsKeystorePassword;
    }

    public void setTlsKeystorePassword(String tlsKeystorePassword) {
        this.tlsKeystorePassword = ConfigExpression.resolve(tlsKeystorePassword);
    }

    public String getTlsTruststore() {
        return tlsTruststore;
    }

    public void setTlsTruststore(String tlsTruststore) {
        this.tlsTruststore = ConfigExpression.resolve(tlsTruststore);
    }

    public String getTlsTruststorePassword() {
        return tlsTruststorePassword;
    }

    public void setTlsTruststorePassword(String tlsTruststorePassword) {
        this.tlsTruststorePassword = ConfigExpression.resolve(tlsTruststorePassword);
    }

    public String getShutdownGraceSeconds() {
        return shutdownGraceSeconds;
    }

    public void setShutdownGraceSeconds(String shutdownGraceSeconds) {
        this.shutdownGraceSeconds = ConfigExpression.resolve(shutdownGraceSeconds);
    }

    public String getRequestsAtOnce() {
        return requestsAtOnce;
    }

    public void setRequestsAtOnce(String requestsAtOnce) {
        this.requestsAtOnce = ConfigExpression.resolve(requestsAtOnce);
    }

    public String getLogTo() {
        return logTo;
    }

    public void setLogTo(String logTo) {
        this.logTo = ConfigExpression.resolve(logTo);
    }

    public String getSyslogHost() {
        return syslogHost;
    }

    public void setSyslogHost(String syslogHost) {
        this.syslogHost = ConfigExpression.resolve(syslogHost);
    }

    public String getSyslogPort() {
        return syslogPort;
    }

    public void setSyslogPort(String syslogPort) {
        this.syslogPort = ConfigExpression.resolve(syslogPort);
    }

    public String getSyslogProtocol() {
        return syslogProtocol;
    }

    public void setSyslogProtocol(String syslogProtocol) {
        this.syslogProtocol = ConfigExpression.resolve(syslogProtocol);
    }

    public String getSyslogFormat() {
        return syslogFormat;
    }

    public void setSyslogFormat(String syslogFormat) {
        this.syslogFormat = ConfigExpression.resolve(syslogFormat);
    }

    public String getSyslogFacility() {
        return syslogFacility;
    }

    public void setSyslogFacility(String syslogFacility) {
        this.syslogFacility = ConfigExpression.resolve(syslogFacility);
    }

    public String getSyslogAppName() {
        return syslogAppName;
    }

    public void setSyslogAppName(String syslogAppName) {
        this.syslogAppName = ConfigExpression.resolve(syslogAppName);
    }
}
