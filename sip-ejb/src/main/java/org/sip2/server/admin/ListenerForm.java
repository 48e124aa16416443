package org.sip2.server.admin;

import java.util.regex.Pattern;
import org.sip2.connector.api.AddressRange;
import org.sip2.connector.api.ListenerDefinition;
import org.sip2.connector.api.ListenerTls;
import org.sip2.connector.api.ListenerTransport;
import org.sip2.server.domain.Listener;

/**
 * A listener as the console edits it (see {@link ListenerDefinition} for what each field does).
 *
 * @param id            null for a new listener
 * @param transport     {@code RAW} or {@code TELNET}
 * @param tls           {@code OFF}, {@code ON} or {@code CLIENT_CERTIFICATE}
 * @param allowedRanges CIDR ranges separated by commas or spaces; blank allows every address
 * @param instance      the {@code sip.instance.name} of the one instance that binds it; blank for every instance
 */
public record ListenerForm(
        Long id,
        String name,
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

    /** What an instance name may be: what {@code sip.instance.name} is set to (a host name, a short label). */
    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    public static ListenerForm of(Listener listener) {
        return new ListenerForm(
                listener.getId(),
                listener.getName(),
                listener.isEnabled(),
                listener.getBindAddress(),
                listener.getPort(),
                listener.getTransport(),
                listener.getTls(),
                listener.getLoginTimeoutSeconds(),
                listener.getIdleTimeoutSeconds(),
                listener.getMaxFrameLengthBeforeLogin(),
                listener.getMaxFrameLength(),
                listener.getMaxConnections(),
                listener.getMaxConnectionsPerAddress(),
                listener.getAllowedRanges(),
                listener.getInstance());
    }

    /** The same listener at another address and port. */
    ListenerForm at(String address, int tcpPort) {
        return new ListenerForm(
                id,
                name,
                enabled,
                address,
                tcpPort,
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

    /** What the connector is given; refuses what it could not run, with a message for the console. */
    public ListenerDefinition toDefinition() {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new AdminException("The listener name must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (!instanceName().isEmpty() && !INSTANCE.matcher(instanceName()).matches()) {
            throw new AdminException("The instance must be blank (every instance) or the sip.instance.name of one: "
                    + "1 to 64 letters, digits, '.', ':', '_' or '-'");
        }
        if (bindAddress == null || bindAddress.isBlank()) {
            throw new AdminException("The bind address is missing (0.0.0.0 listens on every address)");
        }
        try {
            return new ListenerDefinition(
                    name,
                    bindAddress.strip(),
                    port,
                    ListenerTransport.valueOf(transport),
                    ListenerTls.valueOf(tls),
                    loginTimeoutSeconds,
                    idleTimeoutSeconds,
                    maxFrameLengthBeforeLogin,
                    maxFrameLength,
                    maxConnections,
                    maxConnectionsPerAddress,
                    AddressRange.parseList(allowedRanges));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new AdminException("Listener " + name + ": " + e.getMessage());
        }
    }

    /** The instance as stored: empty for every instance. */
    String instanceName() {
        return instance == null ? "" : instance.strip();
    }

    /** The ranges as stored: one canonical spelling. */
    String canonicalRanges() {
        return String.join(
                ", ",
                AddressRange.parseList(allowedRanges).stream()
                        .map(AddressRange::toString)
                        .toList());
    }
}
