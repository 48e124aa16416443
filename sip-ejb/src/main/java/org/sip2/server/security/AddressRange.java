package org.sip2.server.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/** An IPv4 or IPv6 range in CIDR notation (192.168.1.0/24, 10.0.0.7, fd00::/8): where a terminal may log in from. */
public record AddressRange(byte[] network, int prefix) {

    /** Parses one range; a bare address is a range of one. */
    public static AddressRange parse(String cidr) {
        String text = cidr.trim();
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        if (host.isEmpty() || !host.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("'" + cidr + "' is not an IP address or CIDR range");
        }
        try {
            byte[] address = InetAddress.getByName(host).getAddress();
            int prefix = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > address.length * 8) {
                throw new IllegalArgumentException("'" + cidr + "' has a prefix length out of range");
            }
            return new AddressRange(address, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + cidr + "' is not an IP address or CIDR range");
        }
    }

    /** The ranges of a comma-separated list; empty for a blank list. */
    public static List<AddressRange> parseList(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).filter(part -> !part.isBlank()).map(AddressRange::parse).toList();
    }

    public boolean contains(String address) {
        byte[] candidate;
        try {
            candidate = InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return false;
        }
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

    /** Whether {@code address} may log in: any address when the list is blank. */
    public static boolean allows(String list, String address) {
        List<AddressRange> ranges = parseList(list);
        return ranges.isEmpty() || ranges.stream().anyMatch(range -> range.contains(address));
    }
}
