package org.sip2.connector.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 range in CIDR notation (192.168.1.0/24, 10.0.0.7, fd00::/8): where a terminal
 * may log in from, or connect to a listener from. Only numeric literals are accepted: never a host
 * name (nothing is resolved),
 * never a shortened IPv4 form such as {@code 10/8}, never host bits outside the prefix.
 */
public record AddressRange(byte[] network, int prefix) {

    private static final Logger LOG = Logger.getLogger(AddressRange.class.getName());
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    /** Hex groups, colons and an optional dotted IPv4 tail; the JDK checks the rest. No zone ids. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    private static final Pattern PREFIX = Pattern.compile("[0-9]{1,3}");

    /** Parses one range; a bare address is a range of one. */
    public static AddressRange parse(String cidr) {
        String text = cidr.trim();
        int slash = text.indexOf('/');
        byte[] address = address(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("'" + cidr + "' is not an IP address or CIDR range"
                    + " (write a full numeric address such as 192.168.1.0/24, 10.0.0.7 or fd00::/8)");
        }
        String prefixText = slash < 0 ? String.valueOf(address.length * 8) : text.substring(slash + 1);
        int prefix = PREFIX.matcher(prefixText).matches() ? Integer.parseInt(prefixText) : -1;
        if (prefix < 0 || prefix > address.length * 8) {
            throw new IllegalArgumentException("'" + cidr + "' needs a prefix length from 0 to " + address.length * 8);
        }
        AddressRange range = new AddressRange(address, prefix);
        if (!Arrays.equals(address, range.networkAddress())) {
            throw new IllegalArgumentException("'" + cidr + "' has bits set after the first " + prefix
                    + " (the range starts at " + range.describeNetwork() + ")");
        }
        return range;
    }

    /** The ranges of a comma-separated list; empty for a blank list. */
    public static List<AddressRange> parseList(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(","))
                .filter(part -> !part.isBlank())
                .map(AddressRange::parse)
                .toList();
    }

    /** Whether the address (a numeric literal, as a connection reports it) lies in this range. */
    public boolean contains(String address) {
        byte[] candidate = address(address == null ? "" : address.trim());
        return candidate != null && contains(candidate);
    }

    /**
     * Whether {@code address} may log in: any address when the list is blank, none when the list
     * cannot be read (an entry stored before ranges were checked strictly).
     */
    public static boolean allows(String list, String address) {
        List<AddressRange> ranges;
        try {
            ranges = parseList(list);
        } catch (IllegalArgumentException e) {
            LOG.warning(() ->
                    "Allowed IP ranges '" + list + "' refused: " + e.getMessage() + "; correct them in the console");
            return false;
        }
        return ranges.isEmpty() || ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** The bytes of a numeric IPv4 or IPv6 literal, or {@code null}: a name is never looked up. */
    private static byte[] address(String literal) {
        if (IPV4.matcher(literal).matches()) {
            String[] octets = literal.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                bytes[i] = (byte) Integer.parseInt(octets[i]);
            }
            return bytes;
        }
        if (IPV6.matcher(literal).matches()) {
            try {
                // In brackets the JDK takes the text as an IPv6 literal only and never resolves it.
                return InetAddress.getByName("[" + literal + "]").getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }

    /** Whether a connection's peer address lies in this range. */
    public boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && range.prefix == prefix && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(network) * 31 + prefix;
    }

    /** As parsed: {@code 10.0.0.0/8}, a single address without its prefix. */
    @Override
    public String toString() {
        String address = describeNetwork();
        return prefix == network.length * 8 ? address.substring(0, address.lastIndexOf('/')) : address;
    }

    private boolean contains(byte[] candidate) {
        if (candidate.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (candidate[full] & mask) == (network[full] & mask);
    }

    private byte[] networkAddress() {
        byte[] masked = network.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >> (bit % 8));
        }
        return masked;
    }

    private String describeNetwork() {
        try {
            return InetAddress.getByAddress(networkAddress()).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
